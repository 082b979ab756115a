using Emulator.Tests.Conformance.Wire;
using static Emulator.Tests.Conformance.Sns.SnsSetup;

namespace Emulator.Tests.Conformance.Sns;

/// <summary>Mobile push (platform applications and endpoints) and SMS, as recorded on AWS.</summary>
internal static class PlatformSmsCases
{
    private const string PlatformApplications = "TestSNSPlatformApplicationCrud";
    private const string PlatformEndpoints = "TestSNSPlatformEndpointCrud";
    private const string UnknownApplication = "arn:aws:sns:us-east-1:000000000000:app/ADM/NonExistingApp";

    private static readonly object Credentials = new { PlatformPrincipal = "dummy", PlatformCredential = "dummy" };

    private static async Task<string> Application(WireClient sns) =>
        (await sns.Ok("CreatePlatformApplication", new { Name = WireClient.UniqueName("app"), Platform = "ADM", Attributes = Credentials }))
        .Value("PlatformApplicationArn")!;

    private static async Task<string> Endpoint(WireClient sns) =>
        (await sns.Ok("CreatePlatformEndpoint", new { PlatformApplicationArn = await Application(sns), Token = "token_1" })).Value("EndpointArn")!;

    private static Func<WireClient, Task<WireResponse>> CreateApplication(string name, object? attributes = null, string platform = "ADM") => sns =>
        sns.Call("CreatePlatformApplication", new { Name = name, Platform = platform, Attributes = attributes ?? Credentials });

    private static Func<WireClient, Task<WireResponse>> CreateAndSetEndpoint(object attributes, Expectation onCreate) => async sns =>
    {
        onCreate.Check(await sns.Call("CreatePlatformEndpoint", new { PlatformApplicationArn = await Application(sns), Token = "token_2", Attributes = attributes }));
        return await sns.Call("SetEndpointAttributes", new { EndpointArn = await Endpoint(sns), Attributes = attributes });
    };

    private static Expectation InvalidParameter(string message) => Expect.Error(400, "InvalidParameter", message);

    private static readonly Expectation NoAttributes = Expect.Error(400, "ValidationError",
        "1 validation error detected: Value null at 'attributes' failed to satisfy constraint: Member must not be null");

    private static Func<WireClient, Task<WireResponse>> SetSmsAttribute(string name, string value) => sns =>
        sns.Call("SetSMSAttributes", new { attributes = new Dictionary<string, string> { [name] = value } });

    public static readonly CaseList All = new()
    {
        {
            "A platform application name of 257 characters is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformApplications}::test_create_platform_application_invalid_name[too-long]", "invalid-application-name"),
            CreateApplication(new string('a', 257)),
            InvalidParameter($"Invalid parameter: {new string('a', 257)} Reason: must be at most 256 characters long")
        },
        {
            "An empty platform application name is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformApplications}::test_create_platform_application_invalid_name[empty]", "invalid-application-name"),
            CreateApplication(""),
            InvalidParameter("Invalid parameter:  Reason: cannot be empty")
        },
        {
            "A platform application name with @ is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformApplications}::test_create_platform_application_invalid_name[invalid-char]", "invalid-application-name"),
            CreateApplication("@name"),
            InvalidParameter("Invalid parameter: @name Reason: must contain only characters 'a'-'z', 'A'-'Z', '0'-'9', '_', '-', and '.'")
        },
        {
            "A platform SNS does not have is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformApplications}::test_create_platform_application_invalid_platform", "invalid-platform"),
            CreateApplication(WireClient.UniqueName("app"), platform: "AAA"),
            InvalidParameter("Invalid parameter: Platform Reason: AAA is not supported")
        },
        {
            "CreatePlatformApplication without attributes is ValidationError",
            Source.Recorded(Recording, $"{PlatformApplications}::test_create_platform_application_invalid_attributes[no-args]", "platform-application-no-attributes"),
            sns => sns.Call("CreatePlatformApplication", new { Name = WireClient.UniqueName("app"), Platform = "ADM" }),
            NoAttributes
        },
        {
            "CreatePlatformApplication with a principal and no credential is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformApplications}::test_create_platform_application_invalid_attributes[missing-credential]", "platform-application-no-attributes"),
            CreateApplication(WireClient.UniqueName("app"), new { PlatformPrincipal = "dummy" }),
            InvalidParameter("Invalid parameter: Attributes Reason: PlatformPrincipal attribute provided without PlatformCredential")
        },
        {
            "CreatePlatformApplication with a credential and no principal is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformApplications}::test_create_platform_application_invalid_attributes[missing-principal]", "platform-application-no-attributes"),
            CreateApplication(WireClient.UniqueName("app"), new { PlatformCredential = "dummy" }),
            InvalidParameter("Invalid parameter: Attributes Reason: PlatformCredential attribute provided without PlatformPrincipal")
        },
        {
            "A platform application's attributes show Enabled true",
            Source.Recorded(Recording, $"{PlatformApplications}::test_get_platform_application_attributes", "get-application-attributes"),
            async sns => await sns.Call("GetPlatformApplicationAttributes", new { PlatformApplicationArn = await Application(sns) }),
            Expect.Success(response => Assert.Equal(["Enabled=true"], response.Values("key").Zip(response.Values("value"), (k, v) => $"{k}={v}")))
        },
        {
            "ListPlatformApplications shows Enabled true",
            Source.Recorded(Recording, $"{PlatformApplications}::test_list_platform_applications", "list-platform-applications"),
            async sns =>
            {
                await Application(sns);
                return await sns.Call("ListPlatformApplications");
            },
            Expect.Success(("value", "true"))
        },
        {
            "GetPlatformApplicationAttributes of a name that is no ARN is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformApplications}::test_get_platform_application_attributes_invalid_arn", "invalid-application-arn"),
            sns => sns.Call("GetPlatformApplicationAttributes", new { PlatformApplicationArn = "invalid-arn" }),
            InvalidParameter("Invalid parameter: PlatformApplicationArn Reason: An ARN must have at least 6 elements, not 1")
        },
        {
            "SetPlatformApplicationAttributes of a name that is no ARN is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformApplications}::test_set_platform_application_attributes_invalid_arn", "invalid-application-arn"),
            sns => sns.Call("SetPlatformApplicationAttributes", new { PlatformApplicationArn = "invalid-arn", Attributes = new { SuccessFeedbackSampleRate = "50" } }),
            InvalidParameter("Invalid parameter: PlatformApplicationArn Reason: An ARN must have at least 6 elements, not 1")
        },
        {
            "GetPlatformApplicationAttributes of an unknown application is NotFound",
            Source.Recorded(Recording, $"{PlatformApplications}::test_get_platform_application_attributes_non_existing_app", "non_existing-application-arn"),
            sns => sns.Call("GetPlatformApplicationAttributes", new { PlatformApplicationArn = UnknownApplication }),
            Expect.Error(404, "NotFound", "PlatformApplication does not exist")
        },
        {
            "SetPlatformApplicationAttributes of an unknown application is NotFound",
            Source.Recorded(Recording, $"{PlatformApplications}::test_set_platform_application_attributes_non_existing_app[dummy-args]", "non_existing-application-arn"),
            sns => sns.Call("SetPlatformApplicationAttributes", new { PlatformApplicationArn = UnknownApplication, Attributes = new { PlatformPrincipal = "dummy" } }),
            Expect.Error(404, "NotFound", "PlatformApplication does not exist")
        },
        {
            "SetPlatformApplicationAttributes without attributes is ValidationError",
            Source.Recorded(Recording, $"{PlatformApplications}::test_set_platform_application_attributes_non_existing_app[no-args]", "non_existing-application-arn"),
            sns => sns.Call("SetPlatformApplicationAttributes", new { PlatformApplicationArn = UnknownApplication }),
            NoAttributes
        },
        {
            "CreatePlatformEndpoint of an unknown application is NotFound",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_create_platform_endpoint_non_existent_app", "create-platform-endpoint"),
            sns => sns.Call("CreatePlatformEndpoint", new { PlatformApplicationArn = "arn:aws:sns:us-east-1:000000000000:app/ADM/non_existent_app", Token = "token_1" }),
            Expect.Error(404, "NotFound", "PlatformApplication does not exist")
        },
        {
            "ListEndpointsByPlatformApplication of a deleted application is NotFound",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_delete_endpoints_of_deleted_app", "list-endpoints-after-app-delete"),
            async sns =>
            {
                var application = await Application(sns);
                await sns.Ok("CreatePlatformEndpoint", new { PlatformApplicationArn = application, Token = "token_1" });
                await sns.Ok("DeletePlatformApplication", new { PlatformApplicationArn = application });
                return await sns.Call("ListEndpointsByPlatformApplication", new { PlatformApplicationArn = application });
            },
            Expect.Error(404, "NotFound", "PlatformApplication does not exist")
        },
        {
            "CreatePlatformEndpoint of a known token with other attributes is InvalidParameter naming the endpoint",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_create_platform_endpoint_idempotency", "create-platform-endpoint-different-token"),
            async sns =>
            {
                var application = await Application(sns);
                var endpoint = (await sns.Ok("CreatePlatformEndpoint", new { PlatformApplicationArn = application, Token = "token_1" })).Value("EndpointArn");
                var again = await sns.Ok("CreatePlatformEndpoint", new { PlatformApplicationArn = application, Token = "token_1" });
                Assert.Equal(endpoint, again.Value("EndpointArn"));
                var response = await sns.Call("CreatePlatformEndpoint", new { PlatformApplicationArn = application, Token = "token_1", Attributes = new { Enabled = "false" } });
                Assert.Equal($"Invalid parameter: Token Reason: Endpoint {endpoint} already exists with the same Token, but different attributes.", response.ErrorMessage);
                return response;
            },
            Expect.Error(400, "InvalidParameter", "^Invalid parameter: Token Reason: Endpoint arn:aws:sns:us-east-1:000000000000:endpoint/ADM/")
        },
        {
            "A platform endpoint's attributes show Enabled and Token",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_get_platform_endpoint_attributes", "get-platform-endpoint-attributes"),
            async sns => await sns.Call("GetEndpointAttributes", new { EndpointArn = await Endpoint(sns) }),
            Expect.Success(response => Assert.Equal(["Enabled", "Token"], response.Values("key").Order()))
        },
        {
            "SetEndpointAttributes without attributes is ValidationError",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_set_platform_endpoint_attributes_invalid_attributes[Empty]", "set-platform-endpoint-invalid-attributes"),
            async sns => await sns.Call("SetEndpointAttributes", new { EndpointArn = await Endpoint(sns) }),
            NoAttributes
        },
        {
            "An endpoint attribute PlatformPrincipal is an invalid attribute name",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_set_platform_endpoint_attributes_invalid_attributes[Invalid_Name_Principal]",
                "set-platform-endpoint-invalid-attributes; test_create_platform_endpoint_with_invalid_attributes[Invalid_Name_Principal]"),
            CreateAndSetEndpoint(new { PlatformPrincipal = "Principal" }, InvalidParameter("Invalid parameter: Attributes Reason: Invalid attribute name: PlatformPrincipal")),
            InvalidParameter("Invalid parameter: Attributes Reason: Invalid attribute name: PlatformPrincipal")
        },
        {
            "An endpoint attribute PlatformCredential is an invalid attribute name",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_set_platform_endpoint_attributes_invalid_attributes[Invalid_Name_Credential]",
                "set-platform-endpoint-invalid-attributes; test_create_platform_endpoint_with_invalid_attributes[Invalid_Name_Credential]"),
            CreateAndSetEndpoint(new { PlatformCredential = "Credential" }, InvalidParameter("Invalid parameter: Attributes Reason: Invalid attribute name: PlatformCredential")),
            InvalidParameter("Invalid parameter: Attributes Reason: Invalid attribute name: PlatformCredential")
        },
        {
            "An endpoint attribute SNS does not have is an invalid attribute name",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_set_platform_endpoint_attributes_invalid_attributes[Invalid_Name_Generic]",
                "set-platform-endpoint-invalid-attributes; test_create_platform_endpoint_with_invalid_attributes[Invalid_Name_Generic]"),
            CreateAndSetEndpoint(new { InvalidKey = "Value" }, InvalidParameter("Invalid parameter: Attributes Reason: Invalid attribute name: InvalidKey")),
            InvalidParameter("Invalid parameter: Attributes Reason: Invalid attribute name: InvalidKey")
        },
        {
            "An endpoint's CustomUserData of 2,050 bytes is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_set_platform_endpoint_attributes_invalid_attributes[Data_Too_Long]",
                "set-platform-endpoint-invalid-attributes; test_create_platform_endpoint_with_invalid_attributes[Data_Too_Long]"),
            CreateAndSetEndpoint(new { CustomUserData = new string('A', 2050) },
                InvalidParameter("Invalid parameter: Attributes Reason: Invalid value for attribute: CustomUserData: must be at most 2048 bytes long in UTF-8 encoding")),
            InvalidParameter("Invalid parameter: Attributes Reason: Invalid value for attribute: CustomUserData: must be at most 2048 bytes long in UTF-8 encoding")
        },
        {
            "SetEndpointAttributes of an endpoint ARN without its application and id is InvalidParameter",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_set_platform_endpoint_attributes_invalid_arn", "set-platform-endpoint-attributes-non-existent-app"),
            sns => sns.Call("SetEndpointAttributes", new { EndpointArn = "arn:aws:sns:us-east-1:000000000000:endpoint/ADM/fakeapp", Attributes = new { Enabled = "true" } }),
            InvalidParameter("Invalid parameter: EndpointArn Reason: Wrong number of slashes in relative portion of the ARN.")
        },
        {
            "GetEndpointAttributes of an unknown endpoint is NotFound",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_get_platform_endpoint_attributes_non_existent_endpoint", "set-platform-endpoint-attributes-non-existent-app"),
            sns => sns.Call("GetEndpointAttributes", new { EndpointArn = $"arn:aws:sns:us-east-1:000000000000:endpoint/ADM/fakeapp/{Guid.NewGuid()}" }),
            Expect.Error(404, "NotFound", "Endpoint does not exist")
        },
        {
            "SetEndpointAttributes of an unknown endpoint is NotFound",
            Source.Recorded(Recording, $"{PlatformEndpoints}::test_set_platform_endpoint_attributes_non_existent_endpoint", "set-platform-endpoint-attributes-non-existent-app"),
            sns => sns.Call("SetEndpointAttributes", new { EndpointArn = $"arn:aws:sns:us-east-1:000000000000:endpoint/ADM/fakeapp/{Guid.NewGuid()}", Attributes = new { Enabled = "false" } }),
            Expect.Error(404, "NotFound", "Endpoint does not exist")
        },
        {
            "A subscribed phone number is confirmed and authenticated",
            Source.Recorded(Recording, "TestSNSSMS::test_subscribe_sms_endpoint", "subscribe-sms-attrs"),
            async sns =>
            {
                var subscription = (await sns.Ok("Subscribe", new { TopicArn = await sns.Topic(), Protocol = "sms", Endpoint = "+123123123" })).Value("SubscriptionArn");
                return await sns.Call("GetSubscriptionAttributes", new { SubscriptionArn = subscription });
            },
            Expect.Success(response =>
            {
                var attributes = response.Values("key").Zip(response.Values("value")).ToDictionary(p => p.First, p => p.Second);
                Assert.Equal(("true", "false"), (attributes["ConfirmationWasAuthenticated"], attributes["PendingConfirmation"]));
            })
        },
        {
            "Publish to a phone number with a letter is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSMS::test_publish_wrong_phone_format", "invalid-number"),
            sns => sns.Call("Publish", new { Message = "Good news everyone!", PhoneNumber = "+1a234" }),
            InvalidParameter("Invalid parameter: PhoneNumber Reason: +1a234 is not valid to publish to")
        },
        {
            "Publish to a phone number with letters before the plus is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSMS::test_publish_wrong_phone_format", "wrong-format"),
            sns => sns.Call("Publish", new { Message = "Good news everyone!", PhoneNumber = "NAA+15551234567" }),
            InvalidParameter("Invalid parameter: PhoneNumber Reason: NAA+15551234567 is not valid to publish to")
        },
        {
            "OptInPhoneNumber of a word is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSMS::test_opt_in_invalid_number", "opt-in-non-existing-number"),
            sns => sns.Call("OptInPhoneNumber", new { phoneNumber = "invalid" }),
            InvalidParameter("Invalid parameter: PhoneNumber Reason: input incorrectly formatted")
        },
        {
            "SetSMSAttributes of an attribute SNS does not have is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSMS::test_set_invalid_sms_attributes[InvalidAttributeName]", "invalid-attribute"),
            SetSmsAttribute("InvalidAttribute", "invalid"),
            InvalidParameter("InvalidAttribute is not a valid attribute")
        },
        {
            "SetSMSAttributes of DefaultSendID (not DefaultSenderID) is not a valid attribute",
            Source.Recorded(Recording, "TestSNSSMS::test_set_invalid_sms_attributes[TooLongID]", "invalid-attribute"),
            SetSmsAttribute("DefaultSendID", "123456789"),
            InvalidParameter("DefaultSendID is not a valid attribute")
        },
        {
            "SetSMSAttributes of a DefaultSMSType other than Promotional or Transactional is InvalidParameter",
            Source.Recorded(Recording, "TestSNSSMS::test_set_invalid_sms_attributes[InvalidSMSType]", "invalid-attribute"),
            SetSmsAttribute("DefaultSMSType", "invalid"),
            InvalidParameter("DefaultSMSType is invalid")
        },
        {
            "GetSMSAttributes of an account and region that set none answers MonthlySpendLimit 1",
            Source.Recorded(Recording, "TestSNSSMS::test_get_sms_attributes_from_unmodified_region", "get-sms-attributes_unmodified_region"),
            sns => sns.As("210987654321", "ap-south-1").Call("GetSMSAttributes"),
            Expect.Success(response => Assert.Equal(["MonthlySpendLimit=1"], response.Values("key").Zip(response.Values("value"), (k, v) => $"{k}={v}")))
        },
        {
            "GetSMSAttributes answers those set beside MonthlySpendLimit, or those asked for",
            Source.Recorded(Recording, "TestSNSSMS::test_set_get_sms_attributes", "get-sms-all-attributes, get-sms-some-attributes"),
            async sns =>
            {
                var account = sns.As("210987654322");
                await account.Ok("SetSMSAttributes", new
                {
                    attributes = new Dictionary<string, string>
                    {
                        ["DeliveryStatusSuccessSamplingRate"] = "100", ["DefaultSenderID"] = "LSTest", ["DefaultSMSType"] = "Promotional",
                    },
                });
                var all = await account.Ok("GetSMSAttributes");
                Assert.Equal(["DefaultSMSType", "DefaultSenderID", "DeliveryStatusSuccessSamplingRate", "MonthlySpendLimit"], all.Values("key").Order(StringComparer.Ordinal));
                return await account.Call("GetSMSAttributes", new { attributes = new[] { "DefaultSenderID", "DefaultSMSType" } });
            },
            Expect.Success(response => Assert.Equal(["DefaultSMSType", "DefaultSenderID"], response.Values("key").Order(StringComparer.Ordinal)))
        },
    };
}
