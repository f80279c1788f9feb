using OrgModel.Calendar;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization;
using OrgModel.Tenures;

// The column text of each OrgModel value type: its canonical ToString, read by its own parser; for the two types that
// have no parser (PartialDate, CentralConferenceNumber) their JSON form, read by the library's JSON context.
namespace OrgModel.EntityFrameworkCore;

/// <summary><c>201-KL/TW</c>, <c>30/2020/NĐ-CP</c>.</summary>
internal readonly struct DocumentNumberText : IColumnText<DocumentNumber>
{
    public static string TypeName => nameof(DocumentNumber);

    public static string Format(DocumentNumber value) => value.ToString();

    public static bool TryRead(string text, out DocumentNumber value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(DocumentNumber.ParseToResult(text), out value, out reason);
}

/// <summary>A <see cref="DocumentKey"/> as its canonical text (a number, or kind:issuer:date:slug for a text without one).</summary>
internal readonly struct DocumentKeyText : IColumnText<DocumentKey>
{
    public static string TypeName => nameof(DocumentKey);

    public static string Format(DocumentKey value) => value.ToString();

    public static bool TryRead(string text, out DocumentKey value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(DocumentKey.ParseToResult(text), out value, out reason);
}

/// <summary><c>201-KL/TW</c>.</summary>
internal readonly struct PartyDocumentNumberText : IColumnText<PartyDocumentNumber>
{
    public static string TypeName => nameof(PartyDocumentNumber);

    public static string Format(PartyDocumentNumber value) => value.ToString();

    public static bool TryRead(string text, out PartyDocumentNumber value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(PartyDocumentNumber.ParseToResult(text), out value, out reason);
}

/// <summary><c>30/2020/NĐ-CP</c>.</summary>
internal readonly struct StateDocumentNumberText : IColumnText<StateDocumentNumber>
{
    public static string TypeName => nameof(StateDocumentNumber);

    public static string Format(StateDocumentNumber value) => value.ToString();

    public static bool TryRead(string text, out StateDocumentNumber value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(StateDocumentNumber.ParseToResult(text), out value, out reason);
}

/// <summary>An organisation id.</summary>
internal readonly struct OrgIdText : IColumnText<OrgId>
{
    public static string TypeName => nameof(OrgId);

    public static string Format(OrgId value) => value.ToString();

    public static bool TryRead(string text, out OrgId value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(OrgId.ParseToResult(text), out value, out reason);
}

/// <summary>A person id.</summary>
internal readonly struct PersonIdText : IColumnText<PersonId>
{
    public static string TypeName => nameof(PersonId);

    public static string Format(PersonId value) => value.ToString();

    public static bool TryRead(string text, out PersonId value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(PersonId.ParseToResult(text), out value, out reason);
}

/// <summary>
/// A term in its full form (<c>nhiệm kỳ 2021–2026</c>, <c>khóa XV (2021–2026)</c>): the JSON string. The short
/// <c>ToString()</c> drops the kind, and <c>Parse</c> refuses terms of unusual length that <c>Tenure.Create</c> allows.
/// </summary>
internal readonly struct TenureText : IColumnText<Tenure>
{
    public static string TypeName => nameof(Tenure);

    public static string Format(Tenure value) => JsonStringText.Format(value, OrgModelJson.Context.Tenure);

    public static bool TryRead(string text, out Tenure value, [NotNullWhen(false)] out string? reason) =>
        JsonStringText.TryRead(text, OrgModelJson.Context.Tenure, out value, out reason);
}

/// <summary>A name, family name first, NFC.</summary>
internal readonly struct VietnameseNameText : IColumnText<VietnameseName>
{
    public static string TypeName => nameof(VietnameseName);

    public static string Format(VietnameseName value) => value.ToString();

    public static bool TryRead(string text, out VietnameseName value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(VietnameseName.ParseToResult(text), out value, out reason);
}

/// <summary>A lunar date.</summary>
internal readonly struct VietnameseLunarDateText : IColumnText<VietnameseLunarDate>
{
    public static string TypeName => nameof(VietnameseLunarDate);

    public static string Format(VietnameseLunarDate value) => value.ToString();

    public static bool TryRead(string text, out VietnameseLunarDate value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.From(VietnameseLunarDate.ParseToResult(text), out value, out reason);
}

/// <summary><c>1954</c>, <c>1954-05</c>, <c>1954-05-19</c>: the JSON string, without its quotes.</summary>
internal readonly struct PartialDateText : IColumnText<PartialDate>
{
    public static string TypeName => nameof(PartialDate);

    public static string Format(PartialDate value) => JsonStringText.Format(value, OrgModelJson.Context.PartialDate);

    public static bool TryRead(string text, out PartialDate value, [NotNullWhen(false)] out string? reason) =>
        JsonStringText.TryRead(text, OrgModelJson.Context.PartialDate, out value, out reason);
}

/// <summary><c>{"ordinal":4,"termOrdinal":13}</c>: the JSON form.</summary>
internal readonly struct CentralConferenceNumberText : IColumnText<CentralConferenceNumber>
{
    public static string TypeName => nameof(CentralConferenceNumber);

    public static string Format(CentralConferenceNumber value) => JsonSerializer.Serialize(value, OrgModelJson.Context.CentralConferenceNumber);

    public static bool TryRead(string text, out CentralConferenceNumber value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.Catching(text, static t => JsonSerializer.Deserialize(t, OrgModelJson.Context.CentralConferenceNumber), out value, out reason);
}
