package java.util.concurrent;

/** A recursive resultless ForkJoinTask. */
public abstract class RecursiveAction extends ForkJoinTask<Void> {
    private static final long serialVersionUID = 5232453952276485070L;

    public RecursiveAction() {}

    protected abstract void compute();

    @Override
    public final Void getRawResult() {
        return null;
    }

    @Override
    protected final void setRawResult(Void mustBeNull) {}

    @Override
    protected final boolean exec() {
        compute();
        return true;
    }
}
