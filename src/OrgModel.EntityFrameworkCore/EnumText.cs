namespace OrgModel.EntityFrameworkCore;

/// <summary>
/// An enum as its member name. Unlike EF Core's own enum-to-string converter, an unknown name, a number or a
/// combination is refused rather than read as <c>default</c>.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal readonly struct EnumText<TEnum> : IColumnText<TEnum>
    where TEnum : struct, Enum
{
    public static string Format(TEnum value) =>
        Enum.GetName(value) ?? throw new InvalidOperationException($"{value} is not a defined {typeof(TEnum).Name}.");

    public static bool TryRead(string text, out TEnum value, [NotNullWhen(false)] out string? reason)
    {
        if (Enum.TryParse(text, ignoreCase: false, out value) && Enum.IsDefined(value)
            && string.Equals(Enum.GetName(value), text, StringComparison.Ordinal))
        {
            reason = null;
            return true;
        }

        reason = "not the name of a member";
        return false;
    }
}
