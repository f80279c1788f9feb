using System.Text.Json.Serialization.Metadata;
using OrgModel.Calendar;
using OrgModel.Documents;
using OrgModel.Documents.Model;
using OrgModel.Organisations;
using OrgModel.Personnel;
using OrgModel.Serialization;
using OrgModel.Tenures;
using OrgModel.Text;

// The column text of each OrgModel value type: its canonical ToString, read by its own parser; for the two types that
// have no parser (PartialDate, CentralConferenceNumber) their JSON form, read by the library's JSON context.
namespace OrgModel.EntityFrameworkCore;

/// <summary><c>201-KL/TW</c>, <c>30/2020/NĐ-CP</c>.</summary>
internal readonly struct DocumentNumberText : IParsedText<DocumentNumberText, DocumentNumber>
{
    public static ParseResult<DocumentNumber> ParseToResult(string text) => DocumentNumber.ParseToResult(text);
}

/// <summary>A <see cref="DocumentKey"/> as its canonical text (a number, or kind:issuer:date:slug for a text without one).</summary>
internal readonly struct DocumentKeyText : IParsedText<DocumentKeyText, DocumentKey>
{
    public static ParseResult<DocumentKey> ParseToResult(string text) => DocumentKey.ParseToResult(text);
}

/// <summary><c>201-KL/TW</c>.</summary>
internal readonly struct PartyDocumentNumberText : IParsedText<PartyDocumentNumberText, PartyDocumentNumber>
{
    public static ParseResult<PartyDocumentNumber> ParseToResult(string text) => PartyDocumentNumber.ParseToResult(text);
}

/// <summary><c>30/2020/NĐ-CP</c>.</summary>
internal readonly struct StateDocumentNumberText : IParsedText<StateDocumentNumberText, StateDocumentNumber>
{
    public static ParseResult<StateDocumentNumber> ParseToResult(string text) => StateDocumentNumber.ParseToResult(text);
}

/// <summary>An organisation id.</summary>
internal readonly struct OrgIdText : IParsedText<OrgIdText, OrgId>
{
    public static ParseResult<OrgId> ParseToResult(string text) => OrgId.ParseToResult(text);
}

/// <summary>A person id.</summary>
internal readonly struct PersonIdText : IParsedText<PersonIdText, PersonId>
{
    public static ParseResult<PersonId> ParseToResult(string text) => PersonId.ParseToResult(text);
}

/// <summary>
/// A term in its full form (<c>nhiệm kỳ 2021–2026</c>, <c>khóa XV (2021–2026)</c>): the JSON string. The short
/// <c>ToString()</c> drops the kind, and <c>Parse</c> refuses terms of unusual length that <c>Tenure.Create</c> allows.
/// </summary>
internal readonly struct TenureText : IJsonStringText<TenureText, Tenure>
{
    public static JsonTypeInfo<Tenure> Json => OrgModelJson.Context.Tenure;
}

/// <summary>A name, family name first, NFC.</summary>
internal readonly struct VietnameseNameText : IParsedText<VietnameseNameText, VietnameseName>
{
    public static ParseResult<VietnameseName> ParseToResult(string text) => VietnameseName.ParseToResult(text);
}

/// <summary>A lunar date.</summary>
internal readonly struct VietnameseLunarDateText : IParsedText<VietnameseLunarDateText, VietnameseLunarDate>
{
    public static ParseResult<VietnameseLunarDate> ParseToResult(string text) => VietnameseLunarDate.ParseToResult(text);
}

/// <summary><c>1954</c>, <c>1954-05</c>, <c>1954-05-19</c>: the JSON string, without its quotes.</summary>
internal readonly struct PartialDateText : IJsonStringText<PartialDateText, PartialDate>
{
    public static JsonTypeInfo<PartialDate> Json => OrgModelJson.Context.PartialDate;
}

/// <summary><c>{"ordinal":4,"termOrdinal":13}</c>: the JSON form.</summary>
internal readonly struct CentralConferenceNumberText : IColumnText<CentralConferenceNumber>
{
    public static string Format(CentralConferenceNumber value) => JsonSerializer.Serialize(value, OrgModelJson.Context.CentralConferenceNumber);

    public static bool TryRead(string text, out CentralConferenceNumber value, [NotNullWhen(false)] out string? reason) =>
        ParsedText.Catching(text, static t => JsonSerializer.Deserialize(t, OrgModelJson.Context.CentralConferenceNumber), out value, out reason);
}
