using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // No screen wrote responses before this migration; any without a pairing could not be asked again anyway.
            migrationBuilder.Sql("DELETE FROM \"SurveyResponses\" WHERE \"PairingId\" IS NULL");

            migrationBuilder.AddColumn<int>(
                name: "Audience",
                table: "Surveys",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AlterColumn<int>(
                name: "PairingId",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "SurveyResponses",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_PairingId",
                table: "SurveyResponses",
                column: "PairingId");

            migrationBuilder.AddForeignKey(
                name: "FK_SurveyResponses_Pairings_PairingId",
                table: "SurveyResponses",
                column: "PairingId",
                principalTable: "Pairings",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SurveyResponses_Pairings_PairingId",
                table: "SurveyResponses");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_PairingId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "Audience",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "SurveyResponses");

            migrationBuilder.AlterColumn<int>(
                name: "PairingId",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "INTEGER");
        }
    }
}
