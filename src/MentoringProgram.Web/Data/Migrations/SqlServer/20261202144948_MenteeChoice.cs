using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MenteeChoice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Programs made before mentee choice get its defaults: three mentors to choose from, three days to answer.
            migrationBuilder.AddColumn<int>(
                name: "MenteeChoices",
                table: "Programs",
                type: "int",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<int>(
                name: "MentorAnswerDays",
                table: "Programs",
                type: "int",
                nullable: false,
                defaultValue: 3);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AnswerDue",
                table: "Pairings",
                type: "datetimeoffset",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "MenteeChoices",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "MentorAnswerDays",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "AnswerDue",
                table: "Pairings");
        }
    }
}
