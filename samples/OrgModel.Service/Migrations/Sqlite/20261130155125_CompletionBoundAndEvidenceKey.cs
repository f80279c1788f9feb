using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OrgModel.Service.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CompletionBoundAndEvidenceKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsUpperBound",
                table: "CompletionReports",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "IsUpperBound",
                table: "CompletionReports");
        }
    }
}
