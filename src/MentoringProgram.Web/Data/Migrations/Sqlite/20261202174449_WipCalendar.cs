using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WipCalendar : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CalendarFeedVersion",
                table: "StaffMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "ConcurrencyStamp",
                table: "Meetings",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Place",
                table: "Meetings",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "StartsAt",
                table: "Meetings",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Status",
                table: "Meetings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_PairingId_Status",
                table: "Meetings",
                columns: new[] { "PairingId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Meetings_PairingId_Status",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "CalendarFeedVersion",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "ConcurrencyStamp",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Place",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "StartsAt",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "Meetings");
        }
    }
}
