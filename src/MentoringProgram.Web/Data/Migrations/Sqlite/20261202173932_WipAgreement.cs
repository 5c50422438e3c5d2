using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MentoringProgram.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WipAgreement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LastEditedByStaffId",
                table: "PairingAgreements",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OutsideWorkHours",
                table: "PairingAgreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PlannedUntil",
                table: "PairingAgreements",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "PairingAgreements",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_PairingAgreements_LastEditedByStaffId",
                table: "PairingAgreements",
                column: "LastEditedByStaffId");

            migrationBuilder.AddForeignKey(
                name: "FK_PairingAgreements_StaffMembers_LastEditedByStaffId",
                table: "PairingAgreements",
                column: "LastEditedByStaffId",
                principalTable: "StaffMembers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PairingAgreements_StaffMembers_LastEditedByStaffId",
                table: "PairingAgreements");

            migrationBuilder.DropIndex(
                name: "IX_PairingAgreements_LastEditedByStaffId",
                table: "PairingAgreements");

            migrationBuilder.DropColumn(
                name: "LastEditedByStaffId",
                table: "PairingAgreements");

            migrationBuilder.DropColumn(
                name: "OutsideWorkHours",
                table: "PairingAgreements");

            migrationBuilder.DropColumn(
                name: "PlannedUntil",
                table: "PairingAgreements");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "PairingAgreements");
        }
    }
}
