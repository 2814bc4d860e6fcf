package errors;

public class UncaughtWithCause {
    static class StorageException extends Exception {
        StorageException(String msg, Throwable cause) { super(msg, cause); }
    }

    static int readBlock(int idx) {
        int[] blocks = {10, 20, 30};
        return blocks[idx];
    }

    static int load(int idx) throws StorageException {
        try {
            return readBlock(idx);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new StorageException("block " + idx + " unreadable", e);
        }
    }

    static void start() {
        try {
            System.out.println("block 1 = " + load(1));
            System.out.println("block 7 = " + load(7));
        } catch (StorageException e) {
            throw new RuntimeException("startup failed", e);
        }
    }

    public static void main(String[] args) {
        System.out.println("starting");
        start();
    }
}
