package report

import (
	"fmt"
	"golden/projects/programs/warehouse_stock_ledger/catalog"
	"golden/projects/programs/warehouse_stock_ledger/stock"
)

func Pad(s string, width int) string {
	out := s
	for len(out) < width {
		out = out + " "
	}
	return out
}

func Line(p catalog.Product, l stock.Ledger) string {
	qty := l.Level(p.Sku)
	sku := Pad(p.Sku, 6)
	name := Pad(p.Name, 10)
	return fmt.Sprintf("%v%v%v", sku, name, qty)
}
