package org.localis.bom;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.localis.input.InputError;
import org.localis.input.InputFiles;
import org.localis.input.InvalidInputException;

/**
 * Reads a BOM in whichever format its file is: Excel ({@link BomXlsxReader}) for a name ending in
 * {@code .xlsx} (also {@code .xlsm}, and {@code .xls}, which then gets a clear "save it as .xlsx"
 * error), otherwise CSV ({@link BomCsvReader}). A file whose name says nothing but whose first bytes are
 * those of a zip or OLE2 container (an Excel file uploaded under another name) is read as Excel too,
 * so that it gets an Excel reader's message rather than "not valid UTF-8".
 */
public final class BomFiles {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private BomFiles() {
    }

    /** Whether a file of this name is read as an Excel workbook. */
    public static boolean isExcel(String fileName) {
        String n = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xlsm") || n.endsWith(".xls");
    }

    public static Bom read(Path path) {
        return read(path, InputFiles.name(path));
    }

    /**
     * Reads and validates a BOM file; {@code fileName} picks the format and names the file in error messages. A
     * large CSV file is parsed in parts at once ({@link BomCsvReader#read(Path, String)}), with the same result.
     *
     * @throws InvalidInputException with every problem, naming the file when it cannot be read
     */
    public static Bom read(Path path, String fileName) {
        if (!isExcel(fileName)) {
            Bom bom = BomCsvReader.readInParts(path, fileName);
            if (bom != null) {
                return bom;
            }
        }
        try (InputStream in = java.nio.file.Files.newInputStream(path)) {
            return read(in, fileName);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(fileName, "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads and validates a BOM; {@code fileName} picks the format and names the file in error messages. */
    public static Bom read(InputStream in, String fileName) {
        if (isExcel(fileName)) {
            return BomXlsxReader.read(in, fileName);
        }
        PushbackInputStream peek = new PushbackInputStream(in, 4);
        if (isWorkbook(peek, fileName)) {
            return BomXlsxReader.read(peek, fileName);
        }
        return BomCsvReader.read(peek, fileName);
    }

    /** Whether the stream starts like a workbook (zip or OLE2); the bytes looked at are pushed back. */
    private static boolean isWorkbook(PushbackInputStream peek, String fileName) {
        byte[] head = new byte[4];
        int n;
        try {
            n = peek.readNBytes(head, 0, 4);
            peek.unread(head, 0, n);
        } catch (IOException e) {
            throw new InvalidInputException(InputError.ofFile(fileName, "cannot be read: " + e.getMessage()));
        }
        return n == 4 && (java.util.Arrays.equals(head, ZIP) || java.util.Arrays.equals(head, OLE2));
    }

    /** Reads lines, checking each field, but not the tree structure. */
    public static List<BomLine> readLines(InputStream in, String fileName) {
        if (isExcel(fileName)) {
            return BomXlsxReader.readLines(in, fileName);
        }
        PushbackInputStream peek = new PushbackInputStream(in, 4);
        if (isWorkbook(peek, fileName)) {
            return BomXlsxReader.readLines(peek, fileName);
        }
        return BomCsvReader.readLines(peek, fileName);
    }
}
