using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PolicyPortal.Web.Data.Migrations.PostgreSql
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BulkRuns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BulkRunItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    AccessPackageId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AccessPackageName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PolicyId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PolicyDisplayName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    DraftJson = table.Column<string>(type: "text", nullable: false),
                    PriorPolicyIdsJson = table.Column<string>(type: "text", nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SentJson = table.Column<string>(type: "text", nullable: true),
                    HttpStatus = table.Column<int>(type: "integer", nullable: true),
                    GraphRequestId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Error = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
