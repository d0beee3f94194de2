package org.localis.app.shared;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.localis.input.InputError;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says an engine {@link InputError} in the reader's language on pages (issue #16). The engine's messages stay English
 * (the CLI and the REST API show them as they are); here the frame ("file bom.csv, line 3, column quantity") and the
 * message are said again: the message by an ordered list of {@link #RULES patterns}, each a regular expression over
 * the whole English message whose groups (numbers, quoted values, column names) become the arguments of a message
 * key {@code inputError.*}. A message that no pattern matches is shown as it is. In English the text is exactly
 * {@link InputError#toString()}.
 */
@Component("inputErrorText")
public class InputErrorText {

    /** An English message pattern (matched whole) and the key that says it; groups are the key's arguments. */
    public record Rule(Pattern pattern, String key) {
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), "inputError." + key);
    }

    /** The frame of a tire size message: the size as written, quoted, before what is wrong with it. */
    private static final String TIRE = "'(.*)': ";

    private static final String SEASONS = " \\(summer, winter or all-season; летние, зимние, всесезонные\\)";

    /** Ordered: the first pattern that matches the whole message wins (specific ones before general ones). */
    public static final List<Rule> RULES = List.of(
            // input/Values
            rule("'(.*)' is not a number \\(use digits with ',' or '\\.' as the decimal point, e\\.g\\. 1234,56\\)",
                    "notNumberComma"),
            rule("'(.*)' is not a number \\(use digits with '\\.' as the decimal point, e\\.g\\. 1234\\.56\\)",
                    "notNumberDot"),
            rule("a number is required", "numberRequired"),
            rule("'(.*)' is not an ISO 3166-1 alpha-2 country code \\(the ISO code of the United Kingdom is GB\\)",
                    "notCountryUk"),
            rule("'(.*)' is not an ISO 3166-1 alpha-2 country code", "notCountry"),
            rule("'(.*)' is not an ISO 4217 currency code", "notCurrency"),
            rule("yes or no is required", "yesNoRequired"),
            rule("'(.*)' is not yes or no", "notYesNo"),
            rule("a date \\(YYYY-MM-DD\\) is required", "dateRequired"),
            rule("'(.*)' is not a date in the form YYYY-MM-DD", "notDate"),
            rule("an empty value is not a date in the form YYYY-MM-DD", "emptyNotDate"),
            // input/CsvHeader, CsvTable, NamedColumns, ErrorCollector
            rule("empty column name in the header", "emptyColumnName"),
            rule("unknown column \\(known columns: (.*), or their Russian names; the file was read as (.*): if that"
                    + " is wrong, save it as CSV UTF-8\\)", "unknownColumnDialect"),
            rule("unknown column \\(known columns: (.*), or their Russian names\\)", "unknownColumn"),
            rule("column appears twice in the header", "columnTwice"),
            rule("required column is missing \\(rate or rate_to_product_currency\\)", "rateColumnMissing"),
            rule("required column is missing \\(or give the axles column: single or twin wheels on each axle,"
                    + " e\\.g\\. single,twin\\)", "positionsColumnMissing"),
            rule("required column is missing", "requiredColumnMissing"),
            rule("the file is empty \\(a header row and at least one line are required\\)", "emptyFileLines"),
            rule("the file is empty \\(a header row with the columns (.*) and one row per vehicle are required\\)",
                    "emptyFleet"),
            rule("the file is empty \\(a header row with the columns (.*) \\(and optionally lead_time_days,"
                    + " certificate\\) and one row per offer are required\\)", "emptyPriceList"),
            rule("the file is empty", "emptyFile"),
            rule("has (\\d+) fields but the header has (\\d+)", "fieldCount"),
            rule("cannot be read: (.*)", "cannotBeRead"),
            rule("the same column as (.*); give only one of them", "sameColumn"),
            rule("more than (\\d+) errors; the rest are not listed", "tooManyErrors"),
            // input/XlsxWorkbook, XlsxTable
            rule("is an old Excel \\.xls workbook \\(or a password-protected one\\), not an Excel \\.xlsx workbook:"
                    + " save it as \\.xlsx without a password, or as CSV", "xlsOld"),
            rule("is an OpenDocument spreadsheet \\(\\.ods\\), not an Excel \\.xlsx workbook: save it as \\.xlsx"
                    + " or as CSV", "ods"),
            rule("not an Excel \\.xlsx workbook \\(the file is not an Office Open XML spreadsheet; a CSV (.*) needs"
                    + " a name that does not end in \\.xlsx\\)", "notXlsx"),
            rule("has a value in column ([A-Z]+) but the header has (\\d+) columns \\(A to ([A-Z]+)\\)",
                    "valueOutsideHeader"),
            rule("'(.*)' is a date in Excel, not a number \\(format the cell as a number\\)", "excelDate"),
            rule("the cell holds the Excel error (.*) \\(fix the formula or the value\\)", "excelError"),
            rule("the formula has no saved value \\(open the file in Excel and save it again\\)", "noSavedValue"),
            // bom
            rule("the BOM has no lines", "bomNoLines"),
            rule("the BOM has a header but no lines", "bomHeaderNoLines"),
            rule("give either a parent column or a level column, not both", "parentOrLevel"),
            rule("a parent column \\(or a level column for an indented BOM\\) is required", "parentRequired"),
            rule("a part number is required", "partRequired"),
            rule("part (.*) cannot be its own parent", "ownParent"),
            rule("must be greater than 0 \\(was (.*)\\)", "greaterThanZeroWas"),
            rule("must be greater than 0", "greaterThanZero"),
            rule("'(.*)' is not make or buy", "notMakeBuy"),
            rule("a unit cost is required for a buy line", "unitCostRequired"),
            rule("a unit_cost column is required for buy lines", "unitCostColumnRequired"),
            rule("must not be negative \\(was (.*)\\)", "notNegativeWas"),
            rule("must not be negative", "notNegative"),
            rule("a level \\(1 for a direct child of the product\\) is required", "levelRequired"),
            rule("must be 1 or more \\(1 = direct child of the product\\)", "levelAtLeastOne"),
            rule("level (\\d+) follows level (\\d+); a line can be at most one level deeper than the line above it",
                    "levelJump"),
            rule("part (.*) is make on line (\\d+) and buy on line (\\d+); a part number is either made or bought",
                    "makeAndBuy"),
            rule("parent (.*) of part (.*) is not a part of this BOM", "parentUnknown"),
            rule("part (.*) has child lines \\(line (\\d+)\\) but is marked buy; mark it make", "buyWithChildren"),
            rule("part (.*) appears twice at the top level of the product \\(first on line (\\d+)\\)", "partTwiceTop"),
            rule("part (.*) appears twice under parent (.*) \\(first on line (\\d+)\\)", "partTwiceUnder"),
            rule("no line is a direct child of the product \\(every line has a parent\\)", "noTopLine"),
            rule("cycle in the BOM: (.*)", "bomCycle"),
            // operation, certificate, product rates
            rule("an operation code is required", "operationRequired"),
            rule("operation (.*) is listed twice \\(first on line (\\d+)\\)", "operationTwice"),
            rule("a certificate number is required", "certificateRequired"),
            rule("certificate (.*) is listed twice \\(first on line (\\d+)\\)", "certificateTwice"),
            rule("must be a percent between 0 and 100 \\(was (.*)\\)", "percentWas"),
            rule("is before valid_from \\((.*)\\)", "beforeValidFrom"),
            rule("([A-Z]{3}) is listed twice", "currencyTwice"),
            // fleet
            rule("the fleet file has a header but no vehicles", "fleetNoVehicles"),
            rule("a vehicle id \\(plate or fleet number\\) is required", "vehicleIdRequired"),
            rule("vehicle (.*) already appears on line (\\d+)", "vehicleTwice"),
            rule("at most (\\d+) characters \\(this one has (\\d+)\\)", "tooLong"),
            rule("a service category is required \\(one of (.*)\\)", "categoryRequired"),
            rule("'(.*)' is not a known service category \\(known: (.*)\\)", "unknownCategory"),
            rule("'(.*)' is not a number of wheel positions (\\d+)\\.\\.(\\d+)", "notPositions"),
            rule("(\\d+) wheel positions: give the axles column too \\(single or twin wheels on each axle, e\\.g\\."
                    + " single,twin,twin\\), since only 4 and 6 are understood alone", "axlesNeeded"),
            rule("the number of wheel positions is required: 4 \\(single rear wheels\\) or 6 \\(twin rear\\), or the"
                    + " axles column \\(e\\.g\\. single,single,single for a 6x6 truck on singles\\)", "positionsRequired"),
            rule("a tire size is required, e\\.g\\. (.*) or (.*)", "tireSizeRequiredOr"),
            rule("a tire size is required, e\\.g\\. (.*)", "tireSizeRequired"),
            // fleet/TireSizeParser, TireSizeRules, LoadIndex: "'<size as written>': <what is wrong>"
            rule(TIRE + "too long for a tire designation \\((\\d+) characters; at most (\\d+)\\)", "tireTooLong"),
            rule(TIRE + "temporary spare \\(T\\) and special trailer \\(ST\\) tires are not road tires for a vehicle's"
                    + " set", "tireTemporarySpare"),
            rule(TIRE + "expected the section width at the start, e\\.g\\. (.*) or (.*)", "tireWidthFirst"),
            rule(TIRE + "section width (.*) is outside (\\d+)\\.\\.(\\d+) mm \\(or (\\d+)\\.\\.(\\d+) inches\\)",
                    "tireWidthTooWide"),
            rule(TIRE + "expected the section width in inches after '(.*)x' \\(flotation sizes such as 31x10\\.50"
                    + " R15\\)", "tireFlotationWidth"),
            rule(TIRE + "expected the aspect ratio after '/', e\\.g\\. (.*) or (.*)", "tireAspectMissing"),
            rule(TIRE + "'(.*)': width and aspect ratio are whole numbers, such as 205/55", "tireWholeNumbers"),
            rule(TIRE + "'(.*)' is not an inch size: a bias size gives the width with its decimals, such as 9\\.00-20"
                    + " or 6\\.50-16", "tireBiasInch"),
            rule(TIRE + "ZR marks metric radial sizes only, such as 225/45 ZR17", "tireZr"),
            rule(TIRE + "the construction and rim diameter are missing after (.*), e\\.g\\. 205/55 R16",
                    "tireConstructionMissing"),
            rule(TIRE + "expected the construction R \\(radial\\), ZR, D \\(diagonal\\), B \\(belted\\) or '-'"
                    + " \\(bias\\) after (.*), found '(.*)'", "tireConstruction"),
            rule(TIRE + "expected the rim diameter in inches after (.*), e\\.g\\. (.*) or (.*)", "tireRimMissing"),
            rule(TIRE + "the rim diameter (.*) is too long: put a space between the rim diameter and the load index,"
                    + " e\\.g\\. R16 108Q", "tireRimDigits"),
            rule(TIRE + "the rim diameter (.*) has too many decimals \\(such as 17\\.5\\)", "tireRimDecimals"),
            rule(TIRE + "rim diameter (.*) inches is outside (\\d+)\\.\\.(\\d+)", "tireRimOutside"),
            rule(TIRE + "rim diameter (.*) is not whole inches or a half inch \\(such as 17\\.5\\)", "tireRimHalf"),
            rule(TIRE + "'(.*)' after the rim diameter is not a load index \\(at most 3 digits, e\\.g\\. 91 in"
                    + " 205/55 R16 91V\\)", "tireLoadDigits"),
            rule(TIRE + "expected the dual \\(twin-mounting\\) load index after '(\\d+)/'", "tireDualMissing"),
            rule(TIRE + "dual load index (.*) is too long \\(at most 3 digits\\)", "tireDualDigits"),
            rule(TIRE + "'(.*)' is not a speed symbol \\(known, slowest to fastest: (.*)\\)", "tireNotSpeed"),
            rule(TIRE + "the service description in parentheses is not closed, e\\.g\\. \\(100Y\\)",
                    "tireParenthesis"),
            rule(TIRE + "expected the speed symbol after the load index, found '(.*)' \\(known, slowest to fastest:"
                    + " (.*)\\)", "tireSpeedMissing"),
            rule(TIRE + "unexpected '(.*)' right after the speed symbol (.*) \\(one symbol, e\\.g\\. 91V\\)",
                    "tireAfterSpeed"),
            rule(TIRE + "unexpected '(.*)' right after the size; put a space before it", "tireAfterSize"),
            rule(TIRE + "section width (.*) is too long to be a tire size", "tireWidthDigits"),
            rule(TIRE + "aspect ratio (.*) is too long to be a tire size", "tireAspectDigits"),
            rule(TIRE + "section width (.*) has too many decimals", "tireWidthDecimals"),
            rule(TIRE + "aspect ratio (.*) has too many decimals", "tireAspectDecimals"),
            rule(TIRE + "a size is either P \\(passenger\\) or LT \\(light truck\\), not both", "tirePAndLt"),
            rule(TIRE + "a size is either LT \\(US light truck\\) or C \\(European commercial\\), not both",
                    "tireLtAndC"),
            rule(TIRE + "HL \\(high load\\) is a passenger-car size of its own, not combined with P, LT or C",
                    "tireHlCombined"),
            rule(TIRE + "the HL \\(high load\\) prefix belongs to metric sizes such as HL 275/35 R22", "tireHlMetric"),
            rule(TIRE + "the P \\(passenger\\) prefix belongs to metric sizes such as P215/65 R16", "tirePMetric"),
            rule(TIRE + "only a flotation size \\(such as 31x10\\.50 R15\\) has an overall diameter",
                    "tireOverallFlotation"),
            rule(TIRE + "section width (.*) mm is not a whole number of mm", "tireWidthWhole"),
            rule(TIRE + "section width (.*) mm is outside (\\d+)\\.\\.(\\d+) mm", "tireWidthOutside"),
            rule(TIRE + "section width (\\d+) mm is not a multiple of 5 mm", "tireWidthFive"),
            rule(TIRE + "aspect ratio (\\d+) is outside (\\d+)\\.\\.(\\d+)", "tireAspectOutside"),
            rule(TIRE + "aspect ratio (\\d+) is not a multiple of 5", "tireAspectFive"),
            rule(TIRE + "an inch size \\(such as 12\\.00 R20 or 31x10\\.50 R15\\) has no aspect ratio",
                    "tireInchNoAspect"),
            rule(TIRE + "section width (.*) inches is outside (\\d+)\\.\\.(\\d+) inches", "tireInchWidthOutside"),
            rule(TIRE + "overall diameter (.*) inches is outside (\\d+)\\.\\.(\\d+) inches", "tireOverallOutside"),
            rule(TIRE + "the overall diameter (.*) is not larger than the width (.*) \\(write diameter x width,"
                    + " e\\.g\\. 31x10\\.50 R15\\)", "tireOverallNotLarger"),
            rule(TIRE + "load index (\\d+) is outside (\\d+)\\.\\.(\\d+)", "tireLoadOutside"),
            rule(TIRE + "a dual \\(twin-mounting\\) load index needs the single one before it, e\\.g\\. 156/150",
                    "tireDualNeedsSingle"),
            rule(TIRE + "dual load index (\\d+) is outside (\\d+)\\.\\.(\\d+)", "tireDualOutside"),
            rule(TIRE + "the dual \\(twin-mounting\\) load index (\\d+) is higher than the single one (\\d+); write"
                    + " the single index first, e\\.g\\. (\\d+)/(\\d+)", "tireDualHigher"),
            rule(TIRE + "\\(Y\\), above 300 km/h, is marked on ZR tires only, e\\.g\\. 275/35 ZR19 \\(100Y\\)",
                    "tireYAbove"),
            rule(TIRE + "a speed symbol below J needs the load index before it, e\\.g\\. 96A8", "tireSlowSpeed"),
            rule(TIRE + "ply rating (\\d+) is outside (\\d+)\\.\\.(\\d+)", "tirePlyOutside"),
            rule("load index (\\d+) is outside the table \\((\\d+)\\.\\.(\\d+)\\)", "loadIndexTable"),
            // fleet/Axles, Vehicle: the axles column against the wheel positions and the tire
            rule("'(.*)': an axle has 2 wheels \\(single\\) or 4 \\(twin\\), not (\\d+)", "axleWheels"),
            rule("'(.*)' is not an axle: write single or twin for each axle, e\\.g\\. single,twin,twin, or groups"
                    + " such as 1x2,2x4", "notAxle"),
            rule("'(.*)': the number of axles must be at least 1", "axleCountZero"),
            rule("a vehicle has 1\\.\\.(\\d+) axles, not (\\d+)", "axlesCount"),
            rule("the axles are empty \\(write e\\.g\\. single,twin or 1x2,1x4\\)", "axlesEmpty"),
            rule("the axles (.*) have (\\d+) wheel positions; at most (\\d+) are accepted", "axlesTooMany"),
            rule("(\\d+) wheel positions do not match the axles (.*) \\((\\d+) positions: 2 per single axle, 4 per"
                    + " twin axle\\)", "positionsMismatch"),
            rule("twin wheels need a tire with a dual load index, e\\.g\\. 195/75 R16 C 107/105 R or 315/80 R22\\.5"
                    + " 156/150 L; (.*) has none", "twinNeedsDual"),
            rule("(\\d+) wheel positions: an even number (\\d+)\\.\\.(\\d+) is needed", "positionsEven"),
            rule("the season of the fitted set is required" + SEASONS, "seasonRequired"),
            rule("'(.*)' is not a season" + SEASONS, "notSeason"),
            rule("the season of the stored set is required when its size, tread or production month is given"
                    + " \\(summer, winter or all-season\\)", "storedSeasonRequired"),
            rule("the remaining tread depth in mm is required, e\\.g\\. 5\\.5", "treadRequired"),
            rule("the remaining tread depth in mm is required for the stored set, e\\.g\\. 5\\.5",
                    "storedTreadRequired"),
            rule("'(.*)' is not a depth in mm \\(a number such as 5\\.5\\)", "notDepth"),
            rule("tread depth (.*) mm is outside 0\\.\\.30 mm", "treadOutside"),
            rule("tread depth (.*) mm has more than one decimal \\(measure to 0\\.1 mm\\)", "treadDecimals"),
            rule("the month the fitted tires were made is required \\(YYYY-MM, e\\.g\\. 2021-03\\)", "madeRequired"),
            rule("the month the stored tires were made is required \\(YYYY-MM, e\\.g\\. 2021-03\\)",
                    "storedMadeRequired"),
            rule("'(.*)' is not a month in the form YYYY-MM \\(e\\.g\\. 2021-03\\)", "notMonth"),
            rule("'(.*)' is not a plausible production month \\((\\d+) or later\\)", "implausibleMonth"),
            rule("a priority 1 \\(highest\\) \\.\\. 5 is required", "priorityRequired"),
            rule("'(.*)' is not a priority 1 \\(highest\\) \\.\\. 5", "notPriority"),
            // procurement price list
            rule("the supplier's name is required \\(at most 200 characters\\)", "supplierRequired"),
            rule("the brand and model are required \\(at most 200 characters\\)", "brandRequired"),
            rule("an offer must state the load index and speed symbol, e\\.g\\. (.*)", "offerServiceDescription"),
            rule("'(.*)' is not a unit price \\(a number such as 8950\\.00\\)", "notUnitPrice"),
            rule("unit price (.*) must be above 0, at most 100,000,000 and have at most two decimals",
                    "unitPriceRange"),
            rule("'(.*)' is not a whole number (\\d+)\\.\\.(\\d+)", "notWholeRange"),
            rule("'(.*)' is not a whole number", "notWhole"),
            rule("a certificate number has at most 40 characters", "certificateTooLong"),
            // bank statements
            rule("a currency code \\(ISO 4217\\) is required", "currencyRequired"),
            rule("an amount is required", "amountRequired"),
            rule("'(.*)' has more than 2 decimals \\(kopecks\\)", "kopecks"),
            rule("'(.*)' is too large", "tooLarge"),
            rule("'(.*)' is not a 20-digit account number", "notAccount"),
            rule("the amount must be greater than zero", "amountPositive"),
            rule("the file holds no statement", "noStatement"),
            rule("the file is empty: expected ISO 20022 camt\\.053 XML \\(starting with '<'\\) or a 1C client-bank"
                    + " exchange file \\(first line 1CClientBankExchange\\)", "statementEmpty"),
            rule("not a bank statement this program reads: expected ISO 20022 camt\\.053 XML \\(starting with '<'\\)"
                    + " or a 1C client-bank exchange file \\(first line 1CClientBankExchange\\)", "notStatement"),
            rule("the file is larger than (\\d+) MB \\((\\d+) bytes or more\\); export a shorter period from the bank",
                    "statementTooLarge"),
            rule("'(.*)' is not a date and time in the form YYYY-MM-DDThh:mm:ss", "notDateTime"),
            rule("an empty value is not a date and time in the form YYYY-MM-DDThh:mm:ss", "emptyNotDateTime"),
            rule("'(.*)' is not a date in the form ДД\\.ММ\\.ГГГГ \\(dd\\.MM\\.yyyy\\)", "notDateRu"),
            rule("an empty value is not a date in the form ДД\\.ММ\\.ГГГГ \\(dd\\.MM\\.yyyy\\)", "emptyNotDateRu"),
            rule("'(.*)' is not an amount in rubles, e\\.g\\. 1052\\.98 or 700 \\(use '\\.' as the decimal point\\)",
                    "notRublesComma"),
            rule("'(.*)' is not an amount in rubles, e\\.g\\. 1052\\.98 or 700", "notRubles"),
            rule("'(.*)' is not an amount \\(digits with '\\.' as the decimal point\\) \\(amounts are never negative:"
                    + " the sign is given by CdtDbtInd\\)", "notAmountSigned"),
            rule("'(.*)' is not an amount \\(digits with '\\.' as the decimal point\\)", "notAmount"),
            rule("'(.*)' has more than (\\d+) decimals", "moreDecimals"),
            rule("'(.*)' has more than (\\d+) digits", "moreDigits"),
            rule("'(.*)' has more decimals than ([A-Z]{3}) has minor units \\((\\d+)\\)", "minorUnits"),
            rule("'(.*)' is not a currency with minor units", "noMinorUnits"),
            rule("'(.*)' is out of range", "outOfRange"),
            rule("the format version \\(ВерсияФормата\\) is required", "formatVersionRequired"),
            rule("the document number \\(Номер\\) is required", "documentNumberRequired"),
            rule("the document date \\(Дата\\) is required", "documentDateRequired"),
            rule("the account \\(РасчСчет\\) is required in СекцияРасчСчет", "accountRequired1c"),
            rule("text after КонецФайла", "textAfterEnd"),
            rule("unexpected end of file: КонецФайла is missing \\(the file may be truncated\\)", "truncated"),
            rule("expected Key=Value, a section start or a section end; found '(.*)'", "notKeyValue"),
            rule("unknown key in (.*)", "unknownKey"),
            rule("appears twice in (.*) \\(first on line (\\d+)\\)", "keyTwice"),
            rule("cannot be parsed as XML: (.*)", "notXml"),
            rule("the file holds no statement \\(no Stmt element in BkToCstmrStmt\\)", "noStmt"),
            rule("a statement Id is required", "statementIdRequired"),
            rule("the entry amount must be greater than zero", "entryAmountPositive"),
            rule("a transaction amount must be greater than zero", "transactionAmountPositive"),
            rule("a booking date \\(BookgDt\\) or value date \\(ValDt\\) is required", "bookingDateRequired"),
            rule("'(.*)' is not true or false", "notTrueFalse"),
            rule("neither Dt nor DtTm is given", "noDt"),
            rule("the period starts \\((.*)\\) after it ends \\((.*)\\)", "periodReversed"),
            rule("the import was interrupted \\(the server stopped\\); nothing was stored; import the file again",
                    "importInterrupted"),
            // roadmap candidate actions
            rule("no action in the file has the id '(.*)'", "noSuchAction"),
            rule("an action cannot require itself", "requiresItself"),
            rule("an action cannot exclude itself", "excludesItself"),
            rule("the file lists no actions", "noActions"),
            rule("an action id is required", "actionIdRequired"),
            rule("'(.*)' must be letters, digits, '\\.', '_' and '-' \\(at most (\\d+)\\)", "actionIdChars"),
            rule("action (.*) is listed twice \\(first on line (\\d+)\\)", "actionTwice"),
            rule("kind is required: localize or operation", "kindRequired"),
            rule("'(.*)' must be localize or operation", "notKind"),
            rule("a BOM line is required \\(line number, part path PARENT/PART, or part number\\)", "bomLineRequired"),
            rule("'(.*)' is not a whole number of units", "notUnits"),
            rule("'(.*)' is not a year YYYY", "notYear"),
            rule("a localize action needs the new origin \\(ISO 3166-1 alpha-2 country code\\)", "newOriginRequired"),
            rule("only localize actions have a new origin", "onlyLocalizeOrigin"),
            rule("only localize actions have an extra unit cost", "onlyLocalizeCost"),
            rule("only localize actions have a certificate", "onlyLocalizeCertificate"),
            rule("only localize actions have a volume", "onlyLocalizeVolume"),
            rule("'(.*)' has more than four decimals", "fourDecimals"),
            rule("'(.*)' is too large \\(at most (.*)\\)", "tooLargeAtMost"),
            rule("'(.*)' is not an action id", "notActionId"),
            // cost/CostStatementCsvReader, InventoryCsvReader (the cost statement on the score page)
            rule("the file is empty \\(a header row (.*) is required\\)", "emptyHeaderRow"),
            rule("the cost statement has no cost lines", "costNoLines"),
            rule("a section is required \\(one of (.*)\\)", "sectionRequired"),
            rule("'(.*)' is not a section \\(one of (.*)\\)", "notSection"),
            rule("must not be negative \\(only an exchange line may be: a gain is negative\\)", "notNegativeExchange"),
            rule("a date is required to convert ([A-Z]{3}) to ([A-Z]{3})", "dateToConvert"),
            rule("no ([A-Z]{3}) rate in force on (\\S+) \\(give a dated rates file\\)", "noRateGiveFile"),
            rule("no ([A-Z]{3}) rate in force on (\\S+) in (.*)", "noRateIn"),
            rule("'(.*)' is not an excluded cost \\(one of (.*)\\)", "notExcludedCost"),
            rule("excluded costs in the value of a material are not subtracted \\(s\\. 7\\(13\\)\\(b\\)\\); list the"
                    + " material at its value without this column", "excludedInMaterial"),
            rule("a material line needs its origin \\(one of (.*)\\)", "materialOrigin"),
            rule("'(.*)' is not an origin \\(one of (.*)\\)", "notOrigin"),
            rule("only material lines have an origin", "onlyMaterialOrigin"),
            rule("a supplier statement belongs to a non-originating material line", "statementNonOriginating"),
            rule("give either statement_amount \\(s\\. 9\\(2\\)\\(b\\)\\) or statement_net_cost and statement_vnm"
                    + " \\(s\\. 9\\(2\\)\\(a\\)\\) or statement_vnm alone \\(s\\. 9\\(3\\)\\), not both", "statementEither"),
            rule("is larger than statement_net_cost", "vnmLarger"),
            rule("a number is required with (statement_net_cost|statement_vnm)", "numberRequiredWith"),
            rule("an allocation basis is required with allocation_base \\(one of (.*)\\)", "allocationBasisRequired"),
            rule("'(.*)' is not an allocation basis \\(one of (.*)\\)", "notAllocationBasis"),
            rule("this good's allocation base is required with allocation_basis", "allocationBaseRequired"),
            rule("the total allocation base of all goods is required with allocation_basis", "allocationTotalRequired"),
            rule("must be between 0 and allocation_total \\((.*)\\), which must be positive", "allocationBaseRange"),
            rule("(\\S+) is before the previous line's (\\S+) \\(list receipts and shipments in the order they"
                    + " happened\\)", "inventoryOrder"),
            rule("a receipt needs its origin \\(originating or non-originating\\)", "receiptOrigin"),
            rule("'(.*)' is not an origin \\(originating or non-originating\\)", "notOriginReceipt"),
            rule("a shipment has no unit_cost or origin \\(they come from the inventory\\)", "shipmentNoCost"),
            rule("ships (\\S+) units but the inventory holds (\\S+)", "shipsMore"),
            rule("a kind is required \\(receipt or shipment\\)", "inventoryKindRequired"),
            rule("'(.*)' is not a kind \\(receipt or shipment\\)", "notInventoryKind"),
            // cost/DebtsCsvReader, DatedRates (the debts and the dated rates on the score page)
            rule("must be greater than 0 \\(percent a year\\)", "greaterThanZeroPercent"),
            rule("'(.*)' is above 100: give the rate in percent, e\\.g\\. 6\\.5", "rateAbove100"),
            rule("([A-Z]{3}) already has a rate on (\\S+)", "rateTwiceOnDate"),
            // input/YamlDocument, product/ProductManifestReader, VehicleFactsReader, VehicleFactsText
            rule("expected a mapping of keys to values at the top level", "yamlTopMapping"),
            rule("not valid YAML: (.*)", "notYaml"),
            rule("the file is not valid UTF-8 text", "notUtf8"),
            rule("keys must be plain text", "yamlKeysPlain"),
            rule("unknown key \\(known keys: (.*)\\)", "unknownKeyKnown"),
            rule("expected a single value", "yamlSingleValue"),
            rule("'(.*)' is not a number \\(use '\\.' as the decimal point\\)", "notNumberYaml"),
            rule("expected a list of plain values", "yamlListOfValues"),
            rule("expected a list", "yamlList"),
            rule("expected each item to be a mapping of keys", "yamlItemsMappings"),
            rule("expected a mapping of keys", "yamlMapping"),
            rule("'(.*)' must be one of (.*)", "mustBeOneOf"),
            rule("file (.*) does not exist \\(paths are relative to the manifest\\)", "manifestFileMissing"),
            rule("'(.*)' must be a regulation name such as UN-R83-07, UN-R154-00-1A or UN-R49-06", "emissionStandard"),
            rule("'(.*)' must read 'N of M', e\\.g\\. 6 of 10", "countForm"),
            rule("([^']*): '(.*)' must read 'N of M', e\\.g\\. 6 of 10", "countFormKey"),
            rule("'(.*)': need at least one item and no more meeting than in all", "countRange"),
            rule("([^']*): '(.*)': need at least one item and no more meeting than in all", "countRangeKey"),
            rule("'(.*)' must be a number not below 0 \\(use '\\.' as the decimal point\\)", "inputNotNumber"),
            rule("([^']*): '(.*)' must be a number not below 0", "inputNotNumberKey"),
            rule("'(.*)' must be lower-case letters, digits and '-'", "keyChars"),
            rule("at most (\\d+) entries", "atMostEntries"),
            rule("'(.*)' must read 'name: value', e\\.g\\. (.*)", "entryForm"),
            rule("'(.*)' is given twice", "givenTwice"),
            // registry/RegistryRecordsCsv, RegistryIds (the registry's open-data file)
            rule("the file is empty \\(the header of the registry's open-data file: (.*)\\)", "emptyRegistry"),
            rule("the registry record number is required", "registryNumberRequired"),
            rule("record (.*) is listed twice \\(first on line (\\d+)\\)", "recordTwice"),
            rule("the product name is required", "productNameRequired"),
            rule("the manufacturer's name is required", "manufacturerRequired"),
            rule("the INN \\(ИНН\\) is required", "innRequired"),
            rule("'(.*)' is not an INN \\(ИНН\\): 10 digits for an organisation, 12 for a person or sole proprietor",
                    "notInn"),
            rule("the INN (\\d+) has a wrong check digit: a digit is mistyped", "innCheckDigit"),
            rule("the OGRN \\(ОГРН\\) is required", "ogrnRequired"),
            rule("'(.*)' is not an OGRN \\(ОГРН\\): 13 digits for an organisation, 15 for a sole proprietor",
                    "notOgrn"),
            rule("the OGRN (\\d+) has a wrong check digit: a digit is mistyped", "ogrnCheckDigit"),
            rule("'(.*)' is not an OKPD2 code \\(ОКПД2\\): two digits, then groups separated by dots, e\\.g\\."
                    + " 29\\.10\\.59\\.160", "notOkpd2"),
            rule("'(.*)' is not a TN VED EAEU code \\(ТН ВЭД ЕАЭС\\): 10 digits \\(or a heading of 4, 6 or 8\\),"
                    + " spaces allowed, e\\.g\\. 8703 23 198 7", "notTnved"),
            rule("is before the record's date \\((.*)\\)", "beforeRecordDate"),
            rule("a date \\(dd\\.mm\\.yyyy\\) is required", "dateDottedRequired"),
            rule("'(.*)' is not a date \\(dd\\.mm\\.yyyy or yyyy-mm-dd\\)", "notDateDotted"),
            rule("'(.*)' is not Да or Нет", "notDaNet"),
            // assessment/CertifiedPointsCsvReader
            rule("'(.*)' is not a scheme id", "notSchemeId"),
            rule("'(.*)' must be valid, expired, revoked or not-yet-valid", "notValidity"),
            rule("'(.*)' must read code=points, e\\.g\\. mgb-housing=120", "pointsForm"),
            rule("([a-z0-9][a-z0-9-]*): must not be negative", "codeNotNegative"),
            rule("(.*) is listed twice", "listedTwice"),
            // the app's own messages on the same pages (no file chosen, a failed import, the roadmap form)
            rule("choose a fleet file \\(CSV or XLSX\\)", "chooseFleet"),
            rule("choose a price list file \\(CSV or XLSX\\)", "choosePriceList"),
            rule("the file could not be read \\((.*)\\)", "couldNotRead"),
            rule("the import was rolled back; nothing was stored \\((.*)\\)", "rolledBack"),
            rule("this statement is for account (.*), but the drive's bank account is (.*)", "otherAccount"),
            rule("'(.*)' is not an amount in ([A-Z]{3})", "notAmountIn"),
            rule("certificate (.*) is not in the registry", "certificateNotInRegistry"),
            rule("choose a scheme", "chooseScheme"),
            rule("give years as YYYY-YYYY, at most ten years", "years"),
            rule("the yearly budget is a positive amount", "yearlyBudget"),
            rule("upload the candidate actions \\(CSV\\)", "uploadActions"),
            // the application's own form checks (accounts, products, decisions, support programs, score form)
            rule("an organization name of 1 to 200 characters is required", "orgName"),
            rule("an organization named (.*) exists already", "orgExists"),
            rule("choose a role", "chooseRole"),
            rule("an? (.*) must belong to an organization", "roleNeedsOrganization"),
            rule("a BOM file is required", "bomRequired"),
            rule("no such organization", "noSuchOrganization"),
            rule("this invitation is unknown, used or expired", "invitationInvalid"),
            rule("at most (\\d+) characters", "atMostChars"),
            rule("at least (\\d+) characters", "atLeastChars"),
            rule("3 to 50 characters: lower-case letters, digits, '\\.', '_' or '-'", "usernameRule"),
            rule("the user name (.*) is taken", "usernameTaken"),
            rule("this link is unknown, used or expired", "linkInvalid"),
            rule("a product name of 1 to 200 characters is required", "productName"),
            rule("your organization already has a product named (.*)", "productExists"),
            rule("unknown competency (.*)", "unknownCompetency"),
            rule("choose a file", "chooseFile"),
            rule("say why, for the manufacturer", "sayWhy"),
            rule("someone else decided this submission meanwhile", "decidedMeanwhile"),
            rule("a reason is required", "reasonRequired"),
            rule("certificate (.*) is already revoked", "alreadyRevoked"),
            rule("choose a decision", "chooseDecision"),
            rule("a title of 1 to 200 characters is required", "titleRequired"),
            rule("a year in which scheme (.*) has a threshold", "yearWithThreshold"),
            rule("choose one of (.*)", "chooseOneOf"),
            rule("one of (.*)", "oneOf"),
            rule("a positive amount is required", "positiveAmount"),
            rule("must be at most (.*)", "mustBeAtMost"),
            rule("at most (\\d+) decimals", "atMostDecimals"),
            rule("give a date from (\\d+) to (\\d+)", "dateFromTo"),
            rule("give the net cost or a cost statement, not both", "netCostOrStatement"),
            rule("'(.*)' is not a valid value", "notValidValue"),
            // general
            rule("is required", "isRequired"),
            rule("must not be empty", "mustNotBeEmpty"));

    private static final Pattern COLUMN_LETTERS = Pattern.compile("column ([A-Z]+|\\d+)");
    private static final Pattern STORED = Pattern.compile("([^:\\n]+?)(?::(\\d+))?: (.*)", Pattern.DOTALL);
    private static final Pattern STORED_FIELD = Pattern.compile("(column [A-Z]+|[^\\s:]+): (.*)", Pattern.DOTALL);

    /** Files whose "field" is a form field or a request parameter, not a column of an uploaded file. */
    private static final List<String> FORMS = List.of("form", "request", "request body");

    /** Names the app gives an upload that was not made (no file chosen): no file to name in the frame. */
    private static final List<String> NO_FILE = List.of("fleet", "price list");

    private final MessageSource messages;

    public InputErrorText(MessageSource messages) {
        this.messages = messages;
    }

    /** The error in the language of the current request. */
    public String text(InputError e) {
        return text(e, LocaleContextHolder.getLocale());
    }

    /** The error framed and said in the language of {@code locale}: {@link InputError#toString()} in English. */
    public String text(InputError e, Locale locale) {
        if (e == null) {
            return "";
        }
        if (!russian(locale)) {
            return e.toString();
        }
        StringBuilder sb = new StringBuilder();
        boolean form = FORMS.contains(e.file());
        if (!form && !NO_FILE.contains(e.file())) {
            sb.append(say("inputError.frame.file", locale, e.file()));
        }
        if (e.line() > 0) {
            sb.append(sb.isEmpty() ? "" : ", ").append(say("inputError.frame.line", locale, String.valueOf(e.line())));
        }
        if (!e.field().isEmpty()) {
            Matcher letters = COLUMN_LETTERS.matcher(e.field());
            String field = letters.matches() ? letters.group(1) : e.field();
            String kind = form ? "inputError.frame.field" : column(e) ? "inputError.frame.column" : "inputError.frame.key";
            if (form) {
                field = messages.getMessage("inputError.field." + field, null, field, locale);
            }
            sb.append(sb.isEmpty() ? "" : ", ").append(say(kind, locale, field));
        }
        return sb.append(sb.isEmpty() ? "" : ": ").append(message(e.message(), locale)).toString();
    }

    /**
     * An error of a form beside it: "field: message" in English (as the forms have always shown it), the field by its
     * name and the message said again in Russian ("поле пароль: не менее 12 символов").
     */
    public String form(InputError e, Locale locale) {
        if (e == null) {
            return "";
        }
        if (!russian(locale)) {
            return (e.field().isEmpty() ? "" : e.field() + ": ") + e.message();
        }
        return text(e, locale);
    }

    /** Only the message, in the language of {@code locale} (as it is when no pattern matches). */
    public String message(String english, Locale locale) {
        if (english == null || !russian(locale)) {
            return english;
        }
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(english);
            if (m.matches()) {
                return say(r.key(), locale, groups(m));
            }
        }
        return english;
    }

    /** The rule that says {@code english}, or null. */
    public static Rule ruleFor(String english) {
        for (Rule r : RULES) {
            if (r.pattern().matcher(english).matches()) {
                return r;
            }
        }
        return null;
    }

    /** The captured figures of {@code english} by its rule (empty when none matches). */
    public static Object[] figures(String english) {
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(english);
            if (m.matches()) {
                return groups(m);
            }
        }
        return new Object[0];
    }

    /**
     * An error stored as the text of {@link InputError#toString()} (bank imports keep them so), said again in the
     * language of {@code locale}; a text that is not of that form is translated as a bare message.
     */
    public String stored(String text, Locale locale) {
        if (text == null || !russian(locale)) {
            return text;
        }
        InputError e = parse(text);
        return e == null ? message(text, locale) : text(e, locale);
    }

    /** {@code file[:line]: [field: ]message} back into an error, or null when the text is not of that form. */
    static InputError parse(String text) {
        Matcher m = STORED.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String file = m.group(1);
        int line = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        String rest = m.group(3);
        if (ruleFor(rest) == null) {
            Matcher f = STORED_FIELD.matcher(rest);
            if (f.matches()) {
                return InputError.of(file, line, f.group(1), f.group(2));
            }
        }
        return InputError.of(file, line, "", rest);
    }

    private static boolean column(InputError e) {
        String f = e.file().toLowerCase(Locale.ROOT);
        return !(f.endsWith(".xml") || f.endsWith(".txt") || f.endsWith(".yaml") || f.endsWith(".yml"));
    }

    private static Object[] groups(Matcher m) {
        Object[] args = new Object[m.groupCount()];
        for (int i = 0; i < args.length; i++) {
            args[i] = m.group(i + 1);
        }
        return args;
    }

    private String say(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static boolean russian(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage());
    }
}
