using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OrgModel.Service.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialTracker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Documents",
                columns: table => new
                {
                    Key = table.Column<string>(type: "text", nullable: false),
                    Number = table.Column<string>(type: "text", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documents", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Tasks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DocumentKey = table.Column<string>(type: "text", nullable: true),
                    AssignedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    Action = table.Column<string>(type: "text", nullable: true),
                    Leads = table.Column<string>(type: "text", nullable: true),
                    Deadline = table.Column<string>(type: "text", nullable: false),
                    Deliverable = table.Column<string>(type: "text", nullable: true),
                    Responsible = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tasks_Documents_DocumentKey",
                        column: x => x.DocumentKey,
                        principalTable: "Documents",
                        principalColumn: "Key");
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<string>(type: "character varying(200)", nullable: false),
                    Assignee = table.Column<string>(type: "text", nullable: false),
                    Province = table.Column<string>(type: "text", nullable: true),
                    NotBefore = table.Column<LocalDate>(type: "date", nullable: false),
                    EarlyBefore = table.Column<LocalDate>(type: "date", nullable: true),
                    DueDate = table.Column<LocalDate>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompletionReports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TaskId = table.Column<string>(type: "character varying(200)", nullable: false),
                    Assignee = table.Column<string>(type: "text", nullable: false),
                    CompletedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    Evidence = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompletionReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompletionReports_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReportingObligations",
                columns: table => new
                {
                    TaskId = table.Column<string>(type: "character varying(200)", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Recipient = table.Column<string>(type: "text", nullable: false),
                    When = table.Column<string>(type: "text", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportingObligations", x => new { x.TaskId, x.Position });
                    table.ForeignKey(
                        name: "FK_ReportingObligations_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskCoordinators",
                columns: table => new
                {
                    TaskId = table.Column<string>(type: "character varying(200)", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Organisation = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskCoordinators", x => new { x.TaskId, x.Position });
                    table.ForeignKey(
                        name: "FK_TaskCoordinators_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_DueDate",
                table: "Assignments",
                column: "DueDate");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_Province",
                table: "Assignments",
                column: "Province");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_TaskId_Assignee",
                table: "Assignments",
                columns: new[] { "TaskId", "Assignee" });

            migrationBuilder.CreateIndex(
                name: "IX_CompletionReports_TaskId_Assignee_CompletedOn",
                table: "CompletionReports",
                columns: new[] { "TaskId", "Assignee", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Documents_Number",
                table: "Documents",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_DocumentKey",
                table: "Tasks",
                column: "DocumentKey");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "CompletionReports");

            migrationBuilder.DropTable(
                name: "ReportingObligations");

            migrationBuilder.DropTable(
                name: "TaskCoordinators");

            migrationBuilder.DropTable(
                name: "Tasks");

            migrationBuilder.DropTable(
                name: "Documents");
        }
    }
}
