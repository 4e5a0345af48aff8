package org.relationsatlas.trade;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/trade: yearly China–Russia trade in US$ billions, each year with its source. */
@RestController
public class TradeController {

    private final TradeRepository trade;

    public TradeController(TradeRepository trade) {
        this.trade = trade;
    }

    @GetMapping("/api/trade")
    public ResponseEntity<List<TradeYear>> trade() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES)).body(trade.findAll());
    }
}
