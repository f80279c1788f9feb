using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OrgModel.EntityFrameworkCore;

/// <summary>A converter whose errors name the column it reads; the model knows the column only once it is built.</summary>
internal interface IColumnAwareConverter
{
    /// <summary>Gets the column named in errors.</summary>
    string Column { get; }

    /// <summary>Returns the same converter for the named column.</summary>
    ValueConverter ForColumn(string columnName);
}
