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
            : throw new ArgumentException(Reason(status, "An issuer code is made of letters and digits (Đ allowed)"), parameterName);
    }

    /// <summary>An issuer of a Party symbol: one code that names a body, so it has a letter.</summary>
    public static string PartyIssuer(string code, string parameterName)
    {
        string canonical = Issuer(code, parameterName);
        return DocumentCodes.IsDigitsOnly(canonical)
            ? throw new ArgumentException("A Party issuer code must contain a letter (such as TW, BTCTW, ĐU); digits alone are not an issuer.", parameterName)
            : canonical;
    }

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
        string[] parts = code.Split('-');
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = Issuer(parts[i], parameterName);
        }

        if (withoutKind && parts.Length > 1
            && DocumentCodes.TryKind(parts[0], out string asKind, out _) == DocumentCodes.CodeStatus.Valid
            && DocumentCodes.IsStateKind(asKind))
        {
            throw new ArgumentException(
                $"Without a kind code the issuer must not start with the kind code '{parts[0]}': the symbol would read back with that kind.",
                parameterName);
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
