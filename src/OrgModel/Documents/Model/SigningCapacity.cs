namespace OrgModel.Documents.Model;

/// <summary>The capacity in which a person signed a document: the formula printed above the signature.</summary>
/// <remarks>
/// <para>Party documents write <c>T/M</c>, <c>K/T</c>, <c>T/L</c>; State documents (Decree 30/2020/NĐ-CP) write
/// <c>TM.</c>, <c>KT.</c>, <c>TL.</c>, <c>TUQ.</c>, <c>Q.</c>.</para>
/// <para>Thread safety: an enum; thread-safe. <c>default</c> is <see cref="NotRecorded"/>.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(OrgModel.Serialization.Json.EnumJsonConverter<SigningCapacity>))]
public enum SigningCapacity
{
    /// <summary>The sources do not say which formula was used.</summary>
    NotRecorded = 0,

    /// <summary>The head signs in their own right, with no formula.</summary>
    InOwnRight,

    /// <summary>On behalf of a collective body (T/M, TM.): "T/M BỘ CHÍNH TRỊ".</summary>
    OnBehalfOf,

    /// <summary>A deputy signing for the head of an agency (K/T, KT.).</summary>
    Deputy,

    /// <summary>By order (T/L, TL.).</summary>
    ByOrder,

    /// <summary>By authorisation (T/UQ, TUQ.); not verified for Party documents.</summary>
    ByAuthorisation,

    /// <summary>Acting head (Q.), a State formula.</summary>
    Acting,
}
