using OrgModel.Text;

namespace OrgModel.Diagrams;

/// <summary>The text rules shared by every writer of this namespace: one cleaning of labels, then one escaping per
/// output language, so that any label reaches the picture as written.</summary>
internal static class DiagramText
{
    /// <summary>Cleans a label: NFC (diacritics as one code point each), control characters and line breaks as one space
    /// each, and what no XML document may hold (a lone surrogate, U+FFFE, U+FFFF) as U+FFFD.</summary>
    /// <remarks>Every output is a one-line-per-statement language (DOT, Mermaid) or XML (SVG): a line break inside a label
    /// would end the statement, and a character XML forbids would make the rendered SVG unreadable.</remarks>
    public static string Clean(string text)
    {
        string nfc = VietnameseText.ToNfc(text);
        StringBuilder? sb = null;
        for (int i = 0; i < nfc.Length; i++)
        {
            char c = nfc[i];
            string? replacement = null;
            if (char.IsHighSurrogate(c) && i + 1 < nfc.Length && char.IsLowSurrogate(nfc[i + 1]))
            {
                sb?.Append(c).Append(nfc[i + 1]);
                i++;
                continue;
            }

            if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085')
            {
                replacement = " ";
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                replacement = "\uFFFD";
            }

            if (replacement is null)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(nfc.Length).Append(nfc, 0, i);
            sb.Append(replacement);
        }

        return sb?.ToString() ?? nfc;
    }

    /// <summary>Writes a DOT quoted string: <c>"</c> and <c>\</c> take a backslash (a lone backslash would start one of
    /// Graphviz's label escapes, <c>\n</c> or <c>\N</c>), and <c>&amp;</c> is written <c>&amp;amp;</c> because Graphviz
    /// decodes HTML entities in labels (<c>&amp;lt;</c> would otherwise be drawn as <c>&lt;</c>).</summary>
    public static void AppendDot(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (char c in Clean(text))
        {
            if (c == '&')
            {
                sb.Append("&amp;");
                continue;
            }

            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        sb.Append('"');
    }

    /// <summary>Writes Mermaid label text: every character Mermaid reads as syntax (quotes, brackets, the entity marker
    /// <c>#</c>, HTML marks, the colon of gantt lines) as a numeric entity <c>#NN;</c>, which Mermaid decodes
    /// after parsing; letters, with their diacritics, as they are.</summary>
    public static void AppendMermaid(StringBuilder sb, string text)
    {
        foreach (char c in Clean(text))
        {
            if (IsMermaidSyntax(c))
            {
                sb.Append('#').Append(((int)c).ToString(CultureInfo.InvariantCulture)).Append(';');
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    /// <summary>Writes XML character data or an attribute value (the five predefined entities).</summary>
    public static void AppendXml(StringBuilder sb, string text)
    {
        foreach (char c in Clean(text))
        {
            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                '"' => sb.Append("&quot;"),
                '\'' => sb.Append("&apos;"),
                _ => sb.Append(c),
            };
        }
    }

    /// <summary>Writes a YAML double-quoted scalar (Mermaid's front matter title).</summary>
    public static void AppendYaml(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (char c in Clean(text))
        {
            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        sb.Append('"');
    }

    // '¶' and 'ﬂ' are the placeholders Mermaid itself uses while it decodes entities: a literal one would be decoded too.
    private static bool IsMermaidSyntax(char c) =>
        c is '"' or '#' or '&' or '<' or '>' or '[' or ']' or '{' or '}' or '|' or '`' or ':' or ';' or '%' or '\\' or '¶' or 'ﬂ';
}
