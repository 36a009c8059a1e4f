/**
 * The add-on's menu and its sidebar. Sheets runs an add-on's onOpen in AuthMode.NONE until the
 * add-on is used in that spreadsheet: no service that needs authorisation, the spreadsheet itself
 * included, so not its locale either (developers.google.com/workspace/add-ons/concepts/menus and
 * …/editor-auth-lifecycle). The menu therefore only builds itself, with one label in both
 * languages; the sidebar, opened by a click that authorises, reads the locale for its title.
 */
import { STRINGS } from "../../taskpane/i18n";
import { spreadsheetLanguage } from "./sheets-values";

const OPEN_SIDEBAR = "打开 HR 考核 / Open HR Appraisal";

/**
 * Adds the add-on menu (under Extensions) with the item that opens the sidebar. The same menu in
 * every authorisation mode, so it needs neither the open event's authMode nor any service but the
 * menu's own methods.
 */
export function onOpen(): void {
  SpreadsheetApp.getUi().createAddonMenu().addItem(OPEN_SIDEBAR, "showSidebar").addToUi();
}

/**
 * Runs when a user installs the add-on from inside a spreadsheet, whose onOpen ran before the
 * add-on was there: builds the menu right away.
 */
export function onInstall(): void {
  onOpen();
}

/**
 * Opens the sidebar (Sidebar.html; Sheets shows sidebars 300 px wide), titled in the spreadsheet's
 * language.
 */
export function showSidebar(): void {
  const title = STRINGS[spreadsheetLanguage()].appTitle;
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(title));
}
