using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ResourceLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Resources_ProgramId",
                table: "Resources");

            migrationBuilder.AddColumn<int>(
                name: "Audience",
                table: "Resources",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SortOrder",
                table: "Resources",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Resources_ProgramId_Kind_SortOrder",
                table: "Resources",
                columns: new[] { "ProgramId", "Kind", "SortOrder" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Resources_ProgramId_Kind_SortOrder",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "Resources");

            migrationBuilder.DropColumn(
                name: "SortOrder",
                table: "Resources");

            migrationBuilder.CreateIndex(
                name: "IX_Resources_ProgramId",
                table: "Resources",
                column: "ProgramId");
        }
    }
}
