using OrgModel.Calendar;
using OrgModel.Cli.Output;
using OrgModel.Deadlines;
using OrgModel.Documents;
using OrgModel.Tenures;

namespace OrgModel.Cli.Commands;

/// <summary><c>orgmodel parse</c>: a document number, a term, a deadline or a lunar date, in canonical form with its parts.</summary>
internal static class ParseCommand
{
    private static readonly string[] Columns =
        ["input", "type", "canonical", "form", "number", "subNumber", "year", "kindCode", "issuerCode", "possibleKinds",
         "kind", "startYear", "endYear", "ordinal", "actualStart", "actualEnd", "otherReadings",
         "dueDate", "windowStart", "passesAt", "urgent", "anchorEvent",
         "lunarYear", "lunarMonth", "lunarDay", "leapMonth", "yearName", "solarDate", "vietnamese"];

    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "What to read: a document number, a term, a deadline phrase or a lunar date." };
        var type = new Option<ParsedType>("--as")
        {
            Description = "Read the text as this type only (default: the first that fits, in the order number, term, lunar, deadline).",
            DefaultValueFactory = _ => ParsedType.Auto,
        };
        var reference = CommonOptions.Date(
            "--reference", "The text's date, YYYY-MM-DD: supplies a deadline's missing year and anchors relative deadlines (default: today).");
        return ResultCommand.Create(
            context,
            "parse",
            "Read a document number, a term, a deadline or a lunar date and show its canonical form and parts.\n\n"
            + "Examples:\n"
            + "  orgmodel parse \"Số 201-KL/TW\"\n"
            + "  orgmodel parse \"khóa XIII\" --json\n"
            + "  orgmodel parse \"trước ngày 31/7/2025\" --reference 2025-04-14\n"
            + "  orgmodel parse 15/6n/2025 --as lunar",
            [text, type, reference],
            result =>
            {
                LocalDate referenceDay = result.GetValue(reference) ?? context.Today(result);
                return new RecordSet(Columns) { IsSingle = true }.Add(Read(result.GetRequiredValue(text), result.GetValue(type), referenceDay));
            });
    }

    private static object?[] Read(string input, ParsedType type, LocalDate reference)
    {
        var row = new object?[Columns.Length];
        row[0] = input;
        switch (type)
        {
            case ParsedType.Number:
                Fill(row, DocumentNumber.ParseToResult(input).GetValueOrThrow());
                return row;
            case ParsedType.Term:
                Fill(row, Tenure.ParseToResult(input).GetValueOrThrow(), input);
                return row;
            case ParsedType.Lunar:
                Fill(row, VietnameseLunarDate.ParseToResult(input).GetValueOrThrow());
                return row;
            case ParsedType.Deadline:
                Fill(row, Deadline.ParsePhraseToResult(input, reference).GetValueOrThrow(), reference);
                return row;
        }

        if (DocumentNumber.TryParse(input, out DocumentNumber number))
        {
            Fill(row, number);
        }
        else if (Tenure.TryParse(input, out Tenure term))
        {
            Fill(row, term, input);
        }
        else if (VietnameseLunarDate.TryParse(input, out VietnameseLunarDate lunar))
        {
            Fill(row, lunar);
        }
        else if (Deadline.TryParsePhrase(input, reference, out Deadline deadline))
        {
            Fill(row, deadline, reference);
        }
        else
        {
            throw new InputException(
                $"\"{input}\" is not a document number, a term, a lunar date or a deadline; "
                + "use --as number|term|lunar|deadline to see why it fails for one of them.");
        }

        return row;
    }

    private static void Set(object?[] row, string column, object? value) => row[Array.IndexOf(Columns, column)] = value;

    private static void Fill(object?[] row, DocumentNumber n)
    {
        Set(row, "type", "number");
        Set(row, "canonical", n.ToString());
        Set(row, "form", n.IsParty ? "party" : "state");
        Set(row, "number", n.Number);
        Set(row, "subNumber", n.State?.SubNumber);
        Set(row, "year", n.Year);
        Set(row, "kindCode", n.KindCode);
        Set(row, "issuerCode", n.IssuerCode);
        if (n.Party is { IsKindAmbiguous: true } party)
        {
            Set(row, "possibleKinds", party.PossibleKinds.Select(k => k.EnglishName).ToList());
        }
    }

    private static void Fill(object?[] row, Tenure t, string input)
    {
        Set(row, "type", "term");
        // The F form names the kind and the years, and parses back to the same term.
        Set(row, "canonical", t.ToString("F", null));
        Set(row, "kind", CamelCase(t.Kind.ToString()));
        Set(row, "startYear", t.StartYear);
        Set(row, "endYear", t.EndYear);
        Set(row, "ordinal", t.Ordinal);
        Set(row, "actualStart", Dates.Iso(t.ActualStart));
        Set(row, "actualEnd", Dates.Iso(t.ActualEnd));
        TenureReadings readings = Tenure.ReadingsOf(input);
        if (readings.IsAmbiguous)
        {
            Set(row, "otherReadings", readings.Readings.Where(r => r != t).Select(r => r.ToString("F", null)).ToList());
        }
    }

    private static void Fill(object?[] row, VietnameseLunarDate d)
    {
        Set(row, "type", "lunar");
        Set(row, "canonical", d.ToString());
        Set(row, "lunarYear", d.Year);
        Set(row, "lunarMonth", d.Month);
        Set(row, "lunarDay", d.Day);
        Set(row, "leapMonth", d.IsLeapMonth);
        Set(row, "yearName", d.YearName);
        Set(row, "solarDate", Dates.Iso(d.ToDate()));
        Set(row, "vietnamese", d.ToString("V", null));
    }

    private static void Fill(object?[] row, Deadline d, LocalDate reference)
    {
        Set(row, "type", "deadline");
        Set(row, "canonical", d.ToString());
        Set(row, "kind", CamelCase(d.Kind.ToString()));
        if (d.HasDueDate)
        {
            Set(row, "dueDate", Dates.Iso(d.DueDate(reference)));
            Set(row, "windowStart", Dates.Iso(d.WindowStart(reference)));
            Set(row, "passesAt", d.PassesAt(reference).ToString());
        }

        Set(row, "urgent", d.IsUrgent);
        Set(row, "anchorEvent", d.AnchorEvent);
    }

    internal static string CamelCase(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private enum ParsedType
    {
        Auto,
        Number,
        Term,
        Lunar,
        Deadline,
    }
}
