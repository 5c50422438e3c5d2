using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class WipContinuation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MenteeContinuation",
                table: "Pairings",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MentorContinuation",
                table: "Pairings",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Renewals",
                table: "Pairings",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MenteeContinuation",
                table: "Pairings");

            migrationBuilder.DropColumn(
                name: "MentorContinuation",
                table: "Pairings");

            migrationBuilder.DropColumn(
                name: "Renewals",
                table: "Pairings");
        }
    }
}
