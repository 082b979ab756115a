"""What each service's shapes need beyond its model: the folder they go to, whether the model's constraints are checked,
and the wire names, C# types and class names the model cannot give."""
from dataclasses import dataclass, field


@dataclass
class Service:
    model: str
    folder: str
    # Whether requests are checked against the model's constraints before any operation runs, as AWS's request framework
    # does for Kinesis and Firehose. SQS and SNS check their own requests and word their own messages.
    constraints: bool = False
    # "Shape.member" -> the wire-name settings of the member's AwsMember (query_name, json_name, flattened, list_member,
    # map_key, map_value), where the model does not carry them.
    wire: dict = field(default_factory=dict)
    # "Shape.member" entries answered with MissingParameter when absent, for services that check their own requests.
    required: set = field(default_factory=set)
    # "Shape.member" -> a C# type other than the model's, where the operations need it.
    types: dict = field(default_factory=dict)
    # Shape -> C# class name, where the model's name is unusable.
    class_names: dict = field(default_factory=dict)
    # Enum shape -> values in the order AWS lists them in its validation messages, where that differs from the model's.
    enum_order: dict = field(default_factory=dict)
    # Output shape -> the root element of its REST-XML body, as the service's API reference shows it.
    xml_roots: dict = field(default_factory=dict)
    # Shape -> a pattern other than the model's, where the emulator knowingly accepts more than AWS.
    patterns: dict = field(default_factory=dict)


def flattened(query_name, **more):
    return dict(query_name=query_name, flattened=True, **more)


def flattened_map(query_name, key, value, **more):
    return dict(query_name=query_name, flattened=True, map_key=key, map_value=value, **more)


# SQS's model now describes AWS JSON 1.0 only; these are the names its query protocol still uses on the wire.
SQS_QUERY_NAMES = {
    "AddPermissionRequest.AWSAccountIds": flattened("AWSAccountId"),
    "AddPermissionRequest.Actions": flattened("ActionName"),
    "UntagQueueRequest.TagKeys": flattened("TagKey"),
    "ListMessageMoveTasksResult.Results": flattened("ListMessageMoveTasksResultEntry"),
    "TagQueueRequest.Tags": flattened_map("Tag", "Key", "Value"),
    "GetQueueAttributesRequest.AttributeNames": flattened("AttributeName"),
    "GetQueueAttributesResult.Attributes": flattened_map("Attribute", "Name", "Value"),
    "SendMessageBatchRequest.Entries": flattened("SendMessageBatchRequestEntry"),
    "SendMessageBatchRequestEntry.MessageAttributes": flattened_map("MessageAttribute", "Name", "Value"),
    "SendMessageBatchRequestEntry.MessageSystemAttributes": flattened_map("MessageSystemAttribute", "Name", "Value"),
    "SendMessageBatchResult.Successful": flattened("SendMessageBatchResultEntry"),
    "SendMessageBatchResult.Failed": flattened("BatchResultErrorEntry"),
    "ReceiveMessageRequest.AttributeNames": flattened("AttributeName"),
    "ReceiveMessageRequest.MessageSystemAttributeNames": flattened("MessageSystemAttributeName"),
    "ReceiveMessageRequest.MessageAttributeNames": flattened("MessageAttributeName"),
    "ReceiveMessageResult.Messages": flattened("Message"),
    "ListDeadLetterSourceQueuesResult.queueUrls": flattened("QueueUrl"),
    "CreateQueueRequest.Attributes": flattened_map("Attribute", "Name", "Value"),
    "CreateQueueRequest.tags": flattened_map("Tag", "Key", "Value"),
    "Message.Attributes": flattened_map("Attribute", "Name", "Value"),
    "Message.MessageAttributes": flattened_map("MessageAttribute", "Name", "Value"),
    "ListQueuesResult.QueueUrls": flattened("QueueUrl"),
    "ListQueueTagsResult.Tags": flattened_map("Tag", "Key", "Value"),
    "SetQueueAttributesRequest.Attributes": flattened_map("Attribute", "Name", "Value"),
    "MessageAttributeValue.StringListValues": flattened("StringListValue"),
    "MessageAttributeValue.BinaryListValues": flattened("BinaryListValue"),
    "ChangeMessageVisibilityBatchRequest.Entries": flattened("ChangeMessageVisibilityBatchRequestEntry"),
    "ChangeMessageVisibilityBatchResult.Successful": flattened("ChangeMessageVisibilityBatchResultEntry"),
    "ChangeMessageVisibilityBatchResult.Failed": flattened("BatchResultErrorEntry"),
    "SendMessageRequest.MessageAttributes": flattened_map("MessageAttribute", "Name", "Value"),
    "SendMessageRequest.MessageSystemAttributes": flattened_map("MessageSystemAttribute", "Name", "Value"),
    "DeleteMessageBatchRequest.Entries": flattened("DeleteMessageBatchRequestEntry"),
    "DeleteMessageBatchResult.Successful": flattened("DeleteMessageBatchResultEntry"),
    "DeleteMessageBatchResult.Failed": flattened("BatchResultErrorEntry"),
}

# Members whose absence SQS answers with MissingParameter before the operation looks further; the others (a missing
# QueueUrl, for one) get the operation's own error.
SQS_REQUIRED = {
    "AddPermissionRequest.Label", "AddPermissionRequest.AWSAccountIds", "AddPermissionRequest.Actions",
    "UntagQueueRequest.TagKeys", "StartMessageMoveTaskRequest.SourceArn", "CancelMessageMoveTaskRequest.TaskHandle",
    "ListMessageMoveTasksRequest.SourceArn", "TagQueueRequest.Tags", "GetQueueUrlRequest.QueueName",
    "SendMessageBatchRequest.Entries", "CreateQueueRequest.QueueName", "MessageAttributeValue.DataType",
    "ChangeMessageVisibilityRequest.ReceiptHandle", "ChangeMessageVisibilityRequest.VisibilityTimeout",
    "DeleteMessageRequest.ReceiptHandle", "RemovePermissionRequest.Label", "ChangeMessageVisibilityBatchRequest.Entries",
    "SendMessageRequest.MessageBody", "DeleteMessageBatchRequest.Entries",
}

# Members whose absence SNS answers with its own InvalidParameter or ValidationError before the operation looks further.
SNS_REQUIRED = {
    "AddPermissionInput.AWSAccountId", "AddPermissionInput.ActionName", "AddPermissionInput.Label", "AddPermissionInput.TopicArn",
    "CheckIfPhoneNumberIsOptedOutInput.phoneNumber", "ConfirmSubscriptionInput.Token", "ConfirmSubscriptionInput.TopicArn",
    "CreatePlatformApplicationInput.Name", "CreatePlatformApplicationInput.Platform",
    "CreatePlatformEndpointInput.PlatformApplicationArn", "CreatePlatformEndpointInput.Token",
    "CreateSMSSandboxPhoneNumberInput.PhoneNumber", "DeleteEndpointInput.EndpointArn",
    "DeletePlatformApplicationInput.PlatformApplicationArn", "DeleteSMSSandboxPhoneNumberInput.PhoneNumber",
    "GetDataProtectionPolicyInput.ResourceArn", "GetEndpointAttributesInput.EndpointArn",
    "GetPlatformApplicationAttributesInput.PlatformApplicationArn", "ListEndpointsByPlatformApplicationInput.PlatformApplicationArn",
    "ListSubscriptionsByTopicInput.TopicArn", "ListTagsForResourceRequest.ResourceArn", "MessageAttributeValue.DataType",
    "OptInPhoneNumberInput.phoneNumber", "PublishBatchInput.PublishBatchRequestEntries", "PublishBatchInput.TopicArn",
    "PublishInput.Message", "PutDataProtectionPolicyInput.ResourceArn", "RemovePermissionInput.Label",
    "RemovePermissionInput.TopicArn", "SetEndpointAttributesInput.EndpointArn",
    "SetPlatformApplicationAttributesInput.PlatformApplicationArn", "SetSMSAttributesInput.attributes",
    "SetSubscriptionAttributesInput.AttributeName", "SetSubscriptionAttributesInput.SubscriptionArn",
    "SetTopicAttributesInput.AttributeName", "SubscribeInput.Protocol", "SubscribeInput.TopicArn", "Tag.Key", "Tag.Value",
    "TagResourceRequest.ResourceArn", "TagResourceRequest.Tags", "UntagResourceRequest.ResourceArn",
    "UntagResourceRequest.TagKeys", "VerifySMSSandboxPhoneNumberInput.PhoneNumber",
}

SERVICES = {
    "sns": Service(
        "sns", "Sns", required=SNS_REQUIRED,
        # The model's names of these list items are the service's own domain classes.
        class_names={"Topic": "TopicEntry", "Subscription": "SubscriptionEntry", "PlatformApplication": "PlatformApplicationEntry",
                     "Endpoint": "EndpointEntry"}),
    "sqs": Service(
        "sqs", "Sqs", wire=SQS_QUERY_NAMES, required=SQS_REQUIRED,
        # System attributes are checked and hashed as message attributes are; bodies stay UTF-8 from wire to store.
        types={
            "SendMessageRequest.MessageSystemAttributes": "Dictionary<string, MessageAttributeValue>",
            "SendMessageBatchRequestEntry.MessageSystemAttributes": "Dictionary<string, MessageAttributeValue>",
            "SendMessageRequest.MessageBody": "Utf8Text",
            "SendMessageBatchRequestEntry.MessageBody": "Utf8Text",
            "Message.Body": "Utf8Text",
        }),
    "kinesis": Service(
        "kinesis", "Kinesis", constraints=True,
        # Stored records are served as views of the shard's memory, not copied into arrays.
        types={"Record.Data": "ReadOnlyMemory<byte>"},
        enum_order={
            "ShardIteratorType": ["AFTER_SEQUENCE_NUMBER", "AT_SEQUENCE_NUMBER", "AT_TIMESTAMP", "TRIM_HORIZON", "LATEST"],
            "EncryptionType": ["KMS", "NONE"],
            "StreamMode": ["PROVISIONED", "ON_DEMAND"],
            "MetricsName": ["IncomingBytes", "OutgoingRecords", "IteratorAgeMilliseconds", "IncomingRecords",
                            "ReadProvisionedThroughputExceeded", "WriteProvisionedThroughputExceeded", "OutgoingBytes", "ALL"],
            "ShardFilterType": ["AFTER_SHARD_ID", "AT_TRIM_HORIZON", "FROM_TRIM_HORIZON", "AT_LATEST", "AT_TIMESTAMP",
                                "FROM_TIMESTAMP"],
            "MinimumThroughputBillingCommitmentInputStatus": ["ENABLED", "DISABLED"],
        }),
}

SERVICES["s3"] = Service(
    "s3", "S3",
    class_names={"Object": "ObjectEntry", "Error": "DeleteError"},
    xml_roots={
        "ListBucketsOutput": "ListAllMyBucketsResult", "ListObjectsOutput": "ListBucketResult",
        "ListObjectsV2Output": "ListBucketResult", "GetBucketLocationOutput": "LocationConstraint",
        "CreateMultipartUploadOutput": "InitiateMultipartUploadResult",
        "CompleteMultipartUploadOutput": "CompleteMultipartUploadResult", "DeleteObjectsOutput": "DeleteResult",
        "GetObjectTaggingOutput": "Tagging", "GetBucketTaggingOutput": "Tagging",
        "ListMultipartUploadsOutput": "ListMultipartUploadsResult", "ListPartsOutput": "ListPartsResult",
    })

SERVICES["firehose"] = Service(
    "firehose", "Firehose", constraints=True,
    # AWS delivers only to https endpoints; locally, test endpoints are plain http (docs/firehose.md says so).
    patterns={"HttpEndpointUrl": "https?://.*"})

# Services whose shapes are generated only on request (--out), to check the generator before they join the product.
PREVIEW = {}
