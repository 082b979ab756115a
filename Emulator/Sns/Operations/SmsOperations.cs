using Emulator.Hosting;
using System.Security.Cryptography;
using Emulator.Protocol.Routing;
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
        registry.Add<PhoneNumberRequest, CheckIfPhoneNumberIsOptedOutResult>(SnsService.Sns, "CheckIfPhoneNumberIsOptedOut", CheckIfOptedOut);
        registry.Add<ListPhoneNumbersOptedOutRequest, ListPhoneNumbersOptedOutResult>(SnsService.Sns, "ListPhoneNumbersOptedOut", ListOptedOut);
        registry.Add<PhoneNumberRequest, EmptyWrappedResult>(SnsService.Sns, "OptInPhoneNumber", OptIn);
        registry.Add<GetSMSAttributesRequest, SmsAttributesResult>(SnsService.Sns, "GetSMSAttributes", GetAttributes);
        registry.Add<SetSMSAttributesRequest, EmptyWrappedResult>(SnsService.Sns, "SetSMSAttributes", SetAttributes);
        registry.Add<GetSMSSandboxAccountStatusRequest, GetSMSSandboxAccountStatusResult>(SnsService.Sns, "GetSMSSandboxAccountStatus",
            (_, _) => new GetSMSSandboxAccountStatusResult { IsInSandbox = false });
        registry.Add<SandboxPhoneNumberRequest, EmptyWrappedResult>(SnsService.Sns, "CreateSMSSandboxPhoneNumber", CreateSandboxNumber);
        registry.Add<SandboxPhoneNumberRequest, EmptyWrappedResult>(SnsService.Sns, "VerifySMSSandboxPhoneNumber", VerifySandboxNumber);
        registry.Add<SandboxPhoneNumberRequest, EmptyWrappedResult>(SnsService.Sns, "DeleteSMSSandboxPhoneNumber", DeleteSandboxNumber);
        registry.Add<PagedRequest, ListSMSSandboxPhoneNumbersResult>(SnsService.Sns, "ListSMSSandboxPhoneNumbers", ListSandboxNumbers);
        registry.Add<PagedRequest, ListOriginationNumbersResult>(SnsService.Sns, "ListOriginationNumbers", ListOriginationNumbers);
    }

    private SmsAccount Account(AwsRequestContext context) => store.Region(context.AccountId, context.Region);

    private CheckIfPhoneNumberIsOptedOutResult CheckIfOptedOut(PhoneNumberRequest request, AwsRequestContext context)
    {
        PhoneNumbers.CheckFormat(request.PhoneNumber);
        return new CheckIfPhoneNumberIsOptedOutResult { IsOptedOut = Account(context).OptedOut.ContainsKey(request.PhoneNumber!) };
    }

    private ListPhoneNumbersOptedOutResult ListOptedOut(ListPhoneNumbersOptedOutRequest request, AwsRequestContext context)
    {
        var (page, next) = Paging.Page(Account(context).OptedOut.Keys, n => n, request.NextToken, 100);
        return new ListPhoneNumbersOptedOutResult { PhoneNumbers = page, NextToken = next };
    }

    private EmptyWrappedResult OptIn(PhoneNumberRequest request, AwsRequestContext context)
    {
        PhoneNumbers.CheckFormat(request.PhoneNumber);
        Account(context).OptedOut.TryRemove(request.PhoneNumber!, out _);
        return new EmptyWrappedResult();
    }

    private SmsAttributesResult GetAttributes(GetSMSAttributesRequest request, AwsRequestContext context)
    {
        var attributes = Account(context).Attributes;
        var names = request.Attributes is { Count: > 0 } wanted ? wanted : attributes.Keys.ToList();
        return new SmsAttributesResult
        {
            Attributes = names.Where(attributes.ContainsKey).ToDictionary(n => n, n => attributes[n]),
        };
    }

    private EmptyWrappedResult SetAttributes(SetSMSAttributesRequest request, AwsRequestContext context)
    {
        foreach (var (name, value) in request.Attributes!)
        {
            if (!AttributeNames.Contains(name)) throw SnsErrors.InvalidParameterUnprefixed($"{name} is not a valid attribute");
            if (name == "DefaultSMSType" && value is not ("Promotional" or "Transactional")
                || name is "MonthlySpendLimit" or "DeliveryStatusSuccessSamplingRate" && !int.TryParse(value, out _))
                throw SnsErrors.InvalidParameterUnprefixed($"{name} is invalid");
        }
        foreach (var (name, value) in request.Attributes) Account(context).Attributes[name] = value;
        return new EmptyWrappedResult();
    }

    private EmptyWrappedResult CreateSandboxNumber(SandboxPhoneNumberRequest request, AwsRequestContext context)
    {
        PhoneNumbers.CheckFormat(request.PhoneNumber);
        var password = RandomNumberGenerator.GetInt32(100_000, 1_000_000).ToString();
        Account(context).SandboxNumbers[request.PhoneNumber!] = password;
        recorded.Record("sms", new RecordedDelivery(request.PhoneNumber!, $"Your verification code is {password}",
            context.AccountId, context.Region, clock.GetUtcNow()));
        return new EmptyWrappedResult();
    }

    private EmptyWrappedResult VerifySandboxNumber(SandboxPhoneNumberRequest request, AwsRequestContext context)
    {
        var numbers = Account(context).SandboxNumbers;
        if (!numbers.TryGetValue(request.PhoneNumber!, out var password))
            throw SnsErrors.ResourceNotFound("The phone number is not in the SMS sandbox");
        if (password is not null && password != request.OneTimePassword)
            throw new Protocol.Errors.AwsError("VerificationException", "Invalid one-time password", 400);
        numbers[request.PhoneNumber!] = null;
        return new EmptyWrappedResult();
    }

    private EmptyWrappedResult DeleteSandboxNumber(SandboxPhoneNumberRequest request, AwsRequestContext context)
    {
        if (!Account(context).SandboxNumbers.TryRemove(request.PhoneNumber!, out _))
            throw SnsErrors.ResourceNotFound("The phone number is not in the SMS sandbox");
        return new EmptyWrappedResult();
    }

    private ListSMSSandboxPhoneNumbersResult ListSandboxNumbers(PagedRequest request, AwsRequestContext context)
    {
        var pageSize = request.MaxResults ?? 100;
        if (pageSize is < 1 or > 100) throw SnsErrors.InvalidParameter("MaxResults Reason: must be between 1 and 100");
        var (page, next) = Paging.Page(Account(context).SandboxNumbers, n => n.Key, request.NextToken, pageSize);
        return new ListSMSSandboxPhoneNumbersResult
        {
            PhoneNumbers = page.Select(n => new SandboxPhoneNumberEntry { PhoneNumber = n.Key, Status = n.Value is null ? "Verified" : "Pending" }).ToList(),
            NextToken = next,
        };
    }

    private static ListOriginationNumbersResult ListOriginationNumbers(PagedRequest request, AwsRequestContext context) =>
        new() { PhoneNumbers = [] };
}
