namespace OrgModel.Documents;

/// <summary>Validates codes passed to the document number constructors and returns them canonical.</summary>
internal static class DocumentCodeGuard
{
    public static string Kind(string code, string parameterName)
    {
        var status = DocumentCodes.TryKind(code.AsSpan().Trim(), out string canonical, out _);
        return status == DocumentCodes.CodeStatus.Valid
            ? canonical
            : throw new ArgumentException(Reason(status, "A kind code is made of letters (Đ allowed)"), parameterName);
    }

    public static string Issuer(string code, string parameterName)
    {
        var status = DocumentCodes.TryIssuer(code.AsSpan().Trim(), out string canonical, out _);
        return status == DocumentCodes.CodeStatus.Valid
            ? canonical
            : throw new ArgumentException(Reason(status, "An issuer code is made of letters and digits (Đ allowed, and '&' between two letters as in BKH&ĐT)"), parameterName);
    }

    /// <summary>An issuer of a Party symbol: one code, or several joined by '-' (<c>TWĐTN-VP</c>), each naming a body,
    /// so each has a letter.</summary>
    public static string PartyIssuer(string code, string parameterName) =>
        Groups(code, "A Party issuer code must contain a letter (such as TW, BTCTW, ĐU); digits alone are not an issuer.", parameterName);

    public static string StateKind(string code, string parameterName)
    {
        string canonical = Kind(code, parameterName);
        return DocumentCodes.IsStateKind(canonical)
            ? canonical
            : throw new ArgumentException($"'{canonical}' is not a kind code of State symbols (NĐ, QĐ, NQ, TT, …).", parameterName);
    }

    /// <summary>An issuer of a State symbol: one or more codes joined by '-' (e.g. <c>UBND-VXNV</c>).</summary>
    public static string StateIssuer(string code, bool withoutKind, string parameterName)
    {
        string canonical = Groups(code, "An issuer code must contain a letter; digits alone are not an issuer.", parameterName);
        string first = canonical.Split('-')[0];
        if (withoutKind && first.Length < canonical.Length
            && DocumentCodes.TryKind(first, out string asKind, out _) == DocumentCodes.CodeStatus.Valid
            && DocumentCodes.IsStateKind(asKind))
        {
            throw new ArgumentException(
                $"Without a kind code the issuer must not start with the kind code '{first}': the symbol would read back with that kind.",
                parameterName);
        }

        return canonical;
    }

    // Each '-'-separated group canonical, and none of digits alone (the parser reads such a group as no issuer).
    private static string Groups(string code, string digitsOnly, string parameterName)
    {
        string[] parts = code.Split('-');
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Issuer(parts[i], parameterName);
            if (DocumentCodes.IsDigitsOnly(parts[i]))
            {
                throw new ArgumentException(digitsOnly, parameterName);
            }
        }

        return string.Join('-', parts);
    }

    private static string Reason(DocumentCodes.CodeStatus status, string rule) => status switch
    {
        DocumentCodes.CodeStatus.Empty => rule + "; it must not be empty.",
        DocumentCodes.CodeStatus.TooLong => rule + "; it must not be longer than 16 characters.",
        _ => rule + "; the code holds another character.",
    };
}
