# Publishes an order through SNS and reads it from the queue the emulator's configuration subscribed; boto3 takes the
# emulator's address from AWS_ENDPOINT_URL, set by WithReference(aws).
import boto3

sns, sqs = boto3.client("sns"), boto3.client("sqs")
topic = sns.create_topic(Name="order-events")["TopicArn"]
sns.publish(TopicArn=topic, Message="order 42 placed")
queue = sqs.get_queue_url(QueueName="orders")["QueueUrl"]
message = sqs.receive_message(QueueUrl=queue, WaitTimeSeconds=5)["Messages"][0]
sqs.send_message(QueueUrl=sqs.create_queue(QueueName="worker-done")["QueueUrl"], MessageBody=message["Body"])
print("worker received:", message["Body"])
