using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyPortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddBulkRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BulkRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulkRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BulkRunItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    AccessPackageId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AccessPackageName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PolicyId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PolicyDisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    DraftJson = table.Column<string>(type: "TEXT", nullable: false),
                    PriorPolicyIdsJson = table.Column<string>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SentJson = table.Column<string>(type: "TEXT", nullable: true),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    GraphRequestId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulkRunItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BulkRunItems_BulkRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "BulkRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BulkRunItems_RunId_Sequence",
                table: "BulkRunItems",
                columns: new[] { "RunId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BulkRuns_UserId_FinishedAt",
                table: "BulkRuns",
                columns: new[] { "UserId", "FinishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BulkRunItems");

            migrationBuilder.DropTable(
                name: "BulkRuns");
        }
    }
}
