using Emulator.Tests.Conformance.Wire;

namespace Emulator.Tests.Conformance.Auth;

/// <summary>
/// What each service answers in strict mode to a request it cannot authenticate. The query family (SQS, its JSON protocol
/// included, and SNS) and the JSON family (Kinesis, Firehose) share their front door's answers; S3 has its own.
/// </summary>
public static class StrictAuthCases
{
    private const string CommonErrors = "https://docs.aws.amazon.com/{0}/CommonErrors.html";
    private const string S3Errors = "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html#ErrorCodeList";
    private const string InvalidToken = "The security token included in the request is invalid.";
    private const string Mismatch = "^The request signature we calculated does not match the signature you provided\\. Check your AWS Secret Access Key";
    private const string Expired = @"^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$";
    private const string Incomplete = @"^Authorization header requires 'Signature' parameter\. Authorization header requires 'SignedHeaders' parameter\. Authorization=AWS4-HMAC-SHA256 Credential=";

    /// <summary>One answer of a family and where it is known from.</summary>
    private sealed record Answer(int Status, string Code, string Source);

    private sealed record Answers(Answer UnknownKey, Answer WrongSignature, Answer Skewed, Answer Unsigned, Answer Incomplete);

    public static readonly CaseList Sqs = Api("ListQueues", new Answers(
        new(403, "InvalidClientTokenId", Source.Issue("ex-aws/ex_aws", 220, "SQS ListQueues: 403, <Type>Sender</Type><Code>InvalidClientTokenId</Code>")),
        new(403, "SignatureDoesNotMatch", Source.Issue("aws/aws-sdk-ruby", 335, "SNS's wording of SignatureDoesNotMatch; SQS answers the code with 403 (aws/aws-sdk-php#642)")),
        new(403, "SignatureDoesNotMatch", Source.Issue("aws/aws-sdk-php", 642, "SQS ReceiveMessage: 403 SignatureDoesNotMatch, Sender, \"Signature expired: ... (... - 15 min.)\"")),
        new(403, "MissingAuthenticationToken", Source.Doc(string.Format(CommonErrors, "AWSSimpleQueueService/latest/APIReference"))),
        new(400, "IncompleteSignature", Source.Doc(string.Format(CommonErrors, "AWSSimpleQueueService/latest/APIReference")))));

    public static readonly CaseList Sns = Api("ListTopics", new Answers(
        new(403, "InvalidClientTokenId", Source.Issue("aws/aws-sdk-js", 1919, "SNS Publish: InvalidClientTokenId, statusCode 403")),
        new(403, "SignatureDoesNotMatch", Source.Issue("aws/aws-sdk-ruby", 335, "SNS: SignatureDoesNotMatch, \"The request signature we calculated does not match ...\"")),
        new(403, "SignatureDoesNotMatch", Source.Issue("aws/aws-sdk-js", 265, "SNS Publish: SignatureDoesNotMatch, \"Signature expired: ... (... - 15 min.)\"")),
        new(403, "MissingAuthenticationToken", Source.Doc(string.Format(CommonErrors, "sns/latest/api"))),
        new(400, "IncompleteSignature", Source.Doc(string.Format(CommonErrors, "sns/latest/api")))));

    private static readonly Answers JsonFamily = new(
        new(400, "UnrecognizedClientException", Source.Issue("awslabs/amazon-kinesis-scaling-utils", 46,
            "AmazonKinesis DescribeStream: Status Code: 400; Error Code: UnrecognizedClientException (Firehose's DescribeDeliveryStream the same: #74)")),
        new(400, "InvalidSignatureException", Source.Issue("apache/camel-k", 1608, "AmazonKinesis: Status Code: 400; Error Code: InvalidSignatureException")),
        new(400, "InvalidSignatureException", Source.Issue("remind101/logspout-kinesis", 21, "Kinesis: InvalidSignatureException: Signature expired ... status code: 400")),
        new(400, "MissingAuthenticationTokenException", Source.Issue("aws/aws-sdk-net", 3150,
            "a JSON service's MissingAuthenticationTokenException; 400 as the family's other authentication errors")),
        new(400, "IncompleteSignatureException", Source.Doc(string.Format(CommonErrors, "kinesis/latest/APIReference") +
            " (IncompleteSignature, 400; the JSON family names it ...Exception as its other authentication errors)")));

    public static readonly CaseList Kinesis = Api("ListStreams", JsonFamily);

    public static readonly CaseList Firehose = Api("ListDeliveryStreams", JsonFamily);

    private static CaseList Api(string operation, Answers answers) => new()
    {
        {
            "An unknown access key is refused", answers.UnknownKey.Source,
            client => client.As("AKIDUNKNOWN").Signing(WireSigning.WrongSignature(DateTimeOffset.UtcNow)).Call(operation),
            Expect.Error(answers.UnknownKey.Status, answers.UnknownKey.Code, InvalidToken)
        },
        {
            "A signature that does not match is refused", answers.WrongSignature.Source,
            client => client.Signing(WireSigning.WrongSignature(DateTimeOffset.UtcNow)).Call(operation),
            Expect.Error(answers.WrongSignature.Status, answers.WrongSignature.Code, Mismatch)
        },
        {
            "A request dated more than 15 minutes ago is refused as expired", answers.Skewed.Source,
            client => client.Signing(WireSigning.WrongSignature(DateTimeOffset.UtcNow.AddHours(-1))).Call(operation),
            Expect.Error(answers.Skewed.Status, answers.Skewed.Code, Expired)
        },
        {
            "An unsigned request is refused", answers.Unsigned.Source,
            client => client.Signing(new WireSigning(DateTimeOffset.UtcNow, null)).Call(operation),
            Expect.Error(answers.Unsigned.Status, answers.Unsigned.Code, "Request is missing Authentication Token")
        },
        {
            "An Authorization header without SignedHeaders and Signature is incomplete", answers.Incomplete.Source,
            client => client.Signing(new WireSigning(DateTimeOffset.UtcNow, "Credential={scope}")).Call(operation),
            Expect.Error(answers.Incomplete.Status, answers.Incomplete.Code, Incomplete)
        },
    };

    public static readonly CaseList S3 = new()
    {
        {
            "An unknown access key is refused with InvalidAccessKeyId, naming the key", Source.Doc(S3Errors),
            s3 => s3.As("AKIDUNKNOWN").Signing(WireSigning.WrongSignature(DateTimeOffset.UtcNow)).Rest("GET", "/"),
            Expect.RestError(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.", ("AWSAccessKeyId", "AKIDUNKNOWN"))
        },
        {
            "A signature that does not match is refused with the string S3 signed",
            Source.Recorded("s3/test_s3", "TestS3PresignedUrl::test_presigned_url_signature_authentication[s3-True]", "invalid-get-1"),
            s3 => s3.Signing(WireSigning.WrongSignature(DateTimeOffset.UtcNow)).Rest("GET", "/"),
            Expect.RestError(403, "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided. Check your key and signing method.",
                ("AWSAccessKeyId", "test"), ("SignatureProvided", "0"))
        },
        {
            "A request dated more than 15 minutes ago is refused with RequestTimeTooSkewed", Source.Doc(S3Errors),
            s3 => s3.Signing(WireSigning.WrongSignature(DateTimeOffset.UtcNow.AddHours(-1))).Rest("GET", "/"),
            Expect.RestError(403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large.",
                ("MaxAllowedSkewMilliseconds", "900000"))
        },
        {
            "An unsigned request is an anonymous one, denied", Source.Doc(S3Errors),
            s3 => s3.Signing(new WireSigning(DateTimeOffset.UtcNow, null)).Rest("GET", "/"),
            Expect.RestError(403, "AccessDenied", "Access Denied")
        },
        {
            "A presigned URL without all of its parameters is refused",
            Source.Recorded("s3/test_s3", "TestS3PresignedUrl::test_s3_put_presigned_url_missing_sig_param[s3v4]", "missing-param-exception"),
            s3 => s3.Signing(new WireSigning(DateTimeOffset.UtcNow, null)).Rest("GET", "/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=0"),
            Expect.RestError(400, "AuthorizationQueryParametersError",
                "Query-string authentication version 4 requires the X-Amz-Algorithm, X-Amz-Credential, X-Amz-Signature, X-Amz-Date, " +
                "X-Amz-SignedHeaders, and X-Amz-Expires parameters.")
        },
    };
}
