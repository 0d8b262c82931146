using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PolicyPortal.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UserDisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AccessPackageId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PolicyId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PolicyDisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    RequestJson = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HttpStatus = table.Column<int>(type: "INTEGER", nullable: true),
                    GraphRequestId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    DraftId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Drafts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AccessPackageId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AccessPackageName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    PolicyDisplayName = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CurrentStep = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    SchemaVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Mode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourcePolicyId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmissionKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubmittedPolicyId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    SubmitStartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Drafts", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AccessPackageId",
                table: "AuditEntries",
                column: "AccessPackageId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserId",
                table: "AuditEntries",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Drafts_OwnerId_State_UpdatedAt",
                table: "Drafts",
                columns: new[] { "OwnerId", "State", "UpdatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Drafts");
        }
    }
}
