package uk.co.goldenthread.packs.domain;

import jakarta.persistence.Embeddable;
import uk.co.goldenthread.packs.MissingReturn;

/** A return missing from a pack, as it was named when the pack was compiled. */
@Embeddable
public class PackMissingReturn {

    private String directorate;
    private String commissioningArea;
    private String adDelivery;

    protected PackMissingReturn() {
        this.directorate = "";
        this.commissioningArea = "";
        this.adDelivery = "";
    }

    public PackMissingReturn(MissingReturn missing) {
        this.directorate = missing.directorate();
        this.commissioningArea = missing.commissioningArea();
        this.adDelivery = missing.adDelivery();
    }

    public MissingReturn toView() {
        return new MissingReturn(directorate, commissioningArea, adDelivery);
    }
}
