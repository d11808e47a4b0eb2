namespace Hbot.Sdk.Connectors.Bitget.Rest;

/// <summary>Maps Bitget error codes (V2 and V3 share most of them) to <see cref="BitgetErrorKind"/>.</summary>
public static class BitgetErrorCodes
{
    /// <summary>The success code.</summary>
    public const string Success = "00000";

    /// <summary>Classic key used on the unified (V3) API.</summary>
    public const string ClassicAccountOnUnifiedApi = "40084";

    /// <summary>Unified key used on the classic (V2) API.</summary>
    public const string UnifiedAccountOnClassicApi = "40085";

    private static readonly Dictionary<string, BitgetErrorKind> Kinds = Build();

    /// <summary>The kind of a code; <see cref="BitgetErrorKind.Other"/> when unknown.</summary>
    public static BitgetErrorKind Classify(string? code) =>
        code is not null && Kinds.TryGetValue(code, out var kind) ? kind : BitgetErrorKind.Other;

    /// <summary>Whether an error of this kind may succeed when repeated.</summary>
    public static bool IsTransient(BitgetErrorKind kind) => kind is BitgetErrorKind.RateLimited or BitgetErrorKind.SystemError
        or BitgetErrorKind.Network or BitgetErrorKind.MalformedResponse or BitgetErrorKind.UnknownResult or BitgetErrorKind.Timestamp;

    /// <summary>A bounded reason label for order failures (metric label).</summary>
    public static string ToReason(BitgetErrorKind kind) => kind switch
    {
        BitgetErrorKind.InsufficientBalance => "insufficient_balance",
        BitgetErrorKind.BelowMinimum => "below_minimum",
        BitgetErrorKind.Precision => "precision",
        BitgetErrorKind.DuplicateClientOrderId => "duplicate_client_order_id",
        BitgetErrorKind.Maintenance => "maintenance",
        BitgetErrorKind.RateLimited => "rate_limited",
        BitgetErrorKind.Permission or BitgetErrorKind.Authentication or BitgetErrorKind.Signature or BitgetErrorKind.IpNotAllowed => "auth",
        BitgetErrorKind.InvalidParameter => "invalid_parameter",
        BitgetErrorKind.OrderNotFound => "not_found",
        _ => "rejected",
    };

    private static Dictionary<string, BitgetErrorKind> Build()
    {
        var map = new Dictionary<string, BitgetErrorKind>(StringComparer.Ordinal);
        void Add(BitgetErrorKind kind, params string[] codes)
        {
            foreach (var c in codes) map[c] = kind;
        }
        Add(BitgetErrorKind.Signature, "40009", "30015");
        Add(BitgetErrorKind.Timestamp, "40004", "40005", "40008", "30013", "30014");
        Add(BitgetErrorKind.Authentication, "40001", "40002", "40003", "40006", "40011", "40012", "40037", "30005", "30011", "30012");
        Add(BitgetErrorKind.Permission, "40014", "25620");
        Add(BitgetErrorKind.IpNotAllowed, "40018");
        Add(BitgetErrorKind.WrongAccountKind, ClassicAccountOnUnifiedApi, UnifiedAccountOnClassicApi);
        Add(BitgetErrorKind.WrongEnvironment, "40099");
        Add(BitgetErrorKind.InsufficientBalance, "43012", "40762", "40711", "40712", "45002", "50020", "25202", "25203", "25228", "25231");
        Add(BitgetErrorKind.BelowMinimum, "45110", "43006", "43027", "25611", "25207", "25208");
        Add(BitgetErrorKind.Precision, "40808", "41103", "43125", "25244", "25610");
        Add(BitgetErrorKind.OrderNotFound, "43001", "40109", "40768", "80011", "40819", "43020", "43025", "45057", "31007", "43033", "22001", "25204", "24056");
        Add(BitgetErrorKind.DuplicateClientOrderId, "40708", "40786", "43118", "45034", "50060", "25212");
        Add(BitgetErrorKind.Maintenance, "40308", "41114", "40309", "25013", "25100", "25101", "25102", "25104", "25105", "25108");
        Add(BitgetErrorKind.RateLimited, "429", "25004", "30006", "30007");
        Add(BitgetErrorKind.SystemError, "40015", "40200", "25000", "25001", "25003");
        // 40010 is "sign error" in one library and "result unknown" in the UTA docs: both readings are safe when
        // treated as unknown, because a placement is then verified by client order id before anything is repeated.
        Add(BitgetErrorKind.UnknownResult, "40010", "40725", "45001");
        Add(BitgetErrorKind.InvalidParameter, "40007", "40017", "40019", "40020", "40034", "25200", "00001", "30016");
        return map;
    }
}
