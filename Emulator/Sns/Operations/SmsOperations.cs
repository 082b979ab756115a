using System.Security.Cryptography;
using Emulator.Sns.Delivery;
using Emulator.Sns.Shapes;
using Emulator.Sns.Sms;
using Emulator.Sns.Subscriptions;
using Emulator.Sns.Topics;

namespace Emulator.Sns.Operations;

/// <summary>
/// The SMS operations: account attributes, opt-outs and the sandbox. The sandbox's one-time password is "sent"
/// as an SMS recorded in the admin API, and VerifySMSSandboxPhoneNumber checks it.
/// </summary>
public sealed class SmsOperations(SmsStore store, RecordedDeliveries recorded, TimeProvider clock) : IOperationGroup
{
    private static readonly HashSet<string> AttributeNames = new(StringComparer.Ordinal)
    {
        "MonthlySpendLimit", "DeliveryStatusIAMRole", "DeliveryStatusSuccessSamplingRate", "DefaultSenderID", "DefaultSMSType", "UsageReportS3Bucket",
    };

    public void Register(OperationRegistry registry)
    {
        registry.Add<CheckIfPhoneNumberIsOptedOutInput, CheckIfPhoneNumberIsOptedOutResponse>(SnsService.Sns, "CheckIfPhoneNumberIsOptedOut", CheckIfOptedOut);
        registry.Add<ListPhoneNumbersOptedOutInput, ListPhoneNumbersOptedOutResponse>(SnsService.Sns, "ListPhoneNumbersOptedOut", ListOptedOut);
        registry.Add<OptInPhoneNumberInput, OptInPhoneNumberResponse>(SnsService.Sns, "OptInPhoneNumber", OptIn);
        registry.Add<GetSMSAttributesInput, GetSMSAttributesResponse>(SnsService.Sns, "GetSMSAttributes", GetAttributes);
        registry.Add<SetSMSAttributesInput, SetSMSAttributesResponse>(SnsService.Sns, "SetSMSAttributes", SetAttributes);
        registry.Add<GetSMSSandboxAccountStatusInput, GetSMSSandboxAccountStatusResult>(SnsService.Sns, "GetSMSSandboxAccountStatus",
            (_, _) => new GetSMSSandboxAccountStatusResult { IsInSandbox = false });
        registry.Add<CreateSMSSandboxPhoneNumberInput, CreateSMSSandboxPhoneNumberResult>(SnsService.Sns, "CreateSMSSandboxPhoneNumber", CreateSandboxNumber);
        registry.Add<VerifySMSSandboxPhoneNumberInput, VerifySMSSandboxPhoneNumberResult>(SnsService.Sns, "VerifySMSSandboxPhoneNumber", VerifySandboxNumber);
        registry.Add<DeleteSMSSandboxPhoneNumberInput, DeleteSMSSandboxPhoneNumberResult>(SnsService.Sns, "DeleteSMSSandboxPhoneNumber", DeleteSandboxNumber);
        registry.Add<ListSMSSandboxPhoneNumbersInput, ListSMSSandboxPhoneNumbersResult>(SnsService.Sns, "ListSMSSandboxPhoneNumbers", ListSandboxNumbers);
        registry.Add<ListOriginationNumbersRequest, ListOriginationNumbersResult>(SnsService.Sns, "ListOriginationNumbers", ListOriginationNumbers);
    }

    private SmsAccount Account(AwsRequestContext context) => store.Region(context.AccountId, context.Region);

    private CheckIfPhoneNumberIsOptedOutResponse CheckIfOptedOut(CheckIfPhoneNumberIsOptedOutInput request, AwsRequestContext context)
    {
        PhoneNumbers.CheckFormat(request.PhoneNumber);
        return new CheckIfPhoneNumberIsOptedOutResponse { IsOptedOut = Account(context).OptedOut.ContainsKey(request.PhoneNumber!) };
    }

    private ListPhoneNumbersOptedOutResponse ListOptedOut(ListPhoneNumbersOptedOutInput request, AwsRequestContext context)
    {
        var (page, next) = Paging.Page(Account(context).OptedOut.Keys, n => n, request.NextToken, 100);
        return new ListPhoneNumbersOptedOutResponse { PhoneNumbers = page, NextToken = next };
    }

    private OptInPhoneNumberResponse OptIn(OptInPhoneNumberInput request, AwsRequestContext context)
    {
        PhoneNumbers.CheckFormat(request.PhoneNumber);
        Account(context).OptedOut.TryRemove(request.PhoneNumber!, out _);
        return new();
    }

    private GetSMSAttributesResponse GetAttributes(GetSMSAttributesInput request, AwsRequestContext context)
    {
        var attributes = Account(context).Attributes;
        var names = request.Attributes is { Count: > 0 } wanted ? wanted : attributes.Keys.ToList();
        return new GetSMSAttributesResponse
        {
            Attributes = names.Where(attributes.ContainsKey).ToDictionary(n => n, n => attributes[n]),
        };
    }

    private SetSMSAttributesResponse SetAttributes(SetSMSAttributesInput request, AwsRequestContext context)
    {
        foreach (var (name, value) in request.Attributes!)
        {
            if (!AttributeNames.Contains(name)) throw SnsErrors.InvalidParameterUnprefixed($"{name} is not a valid attribute");
            if (name == "DefaultSMSType" && value is not ("Promotional" or "Transactional")
                || name is "MonthlySpendLimit" or "DeliveryStatusSuccessSamplingRate" && !int.TryParse(value, out _))
                throw SnsErrors.InvalidParameterUnprefixed($"{name} is invalid");
        }
        foreach (var (name, value) in request.Attributes) Account(context).Attributes[name] = value;
        return new();
    }

    private CreateSMSSandboxPhoneNumberResult CreateSandboxNumber(CreateSMSSandboxPhoneNumberInput request, AwsRequestContext context)
    {
        PhoneNumbers.CheckFormat(request.PhoneNumber);
        var password = RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString();
        Account(context).SandboxNumbers[request.PhoneNumber!] = password;
        recorded.Record("sms", new RecordedDelivery(request.PhoneNumber!, $"Your verification code is {password}",
            context.AccountId, context.Region, clock.GetUtcNow()));
        return new();
    }

    private VerifySMSSandboxPhoneNumberResult VerifySandboxNumber(VerifySMSSandboxPhoneNumberInput request, AwsRequestContext context)
    {
        var numbers = Account(context).SandboxNumbers;
        if (!numbers.TryGetValue(request.PhoneNumber!, out var password))
            throw SnsErrors.ResourceNotFound("The phone number is not in the SMS sandbox");
        if (password is not null && password != request.OneTimePassword)
            throw new Protocol.Errors.AwsError("VerificationException", "Invalid one-time password", 400);
        numbers[request.PhoneNumber!] = null;
        return new();
    }

    private DeleteSMSSandboxPhoneNumberResult DeleteSandboxNumber(DeleteSMSSandboxPhoneNumberInput request, AwsRequestContext context)
    {
        if (!Account(context).SandboxNumbers.TryRemove(request.PhoneNumber!, out _))
            throw SnsErrors.ResourceNotFound("The phone number is not in the SMS sandbox");
        return new();
    }

    private ListSMSSandboxPhoneNumbersResult ListSandboxNumbers(ListSMSSandboxPhoneNumbersInput request, AwsRequestContext context)
    {
        var pageSize = request.MaxResults ?? 100;
        if (pageSize is < 1 or > 100) throw SnsErrors.InvalidParameter("MaxResults Reason: must be between 1 and 100");
        var (page, next) = Paging.Page(Account(context).SandboxNumbers, n => n.Key, request.NextToken, pageSize);
        return new ListSMSSandboxPhoneNumbersResult
        {
            PhoneNumbers = page.Select(n => new SMSSandboxPhoneNumber { PhoneNumber = n.Key, Status = n.Value is null ? "Verified" : "Pending" }).ToList(),
            NextToken = next,
        };
    }

    private static ListOriginationNumbersResult ListOriginationNumbers(ListOriginationNumbersRequest request, AwsRequestContext context) =>
        new() { PhoneNumbers = [] };
}
