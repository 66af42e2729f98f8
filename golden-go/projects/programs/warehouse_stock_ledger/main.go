package main

import (
	"fmt"
	"golden/projects/programs/warehouse_stock_ledger/catalog"
	"golden/projects/programs/warehouse_stock_ledger/report"
	"golden/projects/programs/warehouse_stock_ledger/stock"
	lisette "lisette.dev/prelude"
)

func main() {
	products := []catalog.Product{catalog.Product_New("H-01", "hammer", catalog.Category{Tag: catalog.CategoryTool}, 1250), catalog.Product_New("F-07", "apples", catalog.Category{Tag: catalog.CategoryFood, Food: true}, 300), catalog.Product_New("F-09", "rice", catalog.Category{Tag: catalog.CategoryFood, Food: false}, 180), catalog.Product_New("B-42", "atlas", catalog.Category{Tag: catalog.CategoryBook, Book: "maps"}, 2400)}
	moves := []stock.Movement{stock.Movement{Tag: stock.MovementIn, In0: "H-01", In1: 10}, stock.Movement{Tag: stock.MovementIn, In0: "F-07", In1: 50}, stock.Movement{Tag: stock.MovementOut, Out0: "F-07", Out1: 20}, stock.Movement{Tag: stock.MovementOut, Out0: "H-01", Out1: 12}, stock.Movement{Tag: stock.MovementIn, In0: "F-09", In1: 5}, stock.Movement{Tag: stock.MovementAudit, Audit0: "H-01", Audit1: 9}, stock.Movement{Tag: stock.MovementIn, In0: "B-42", In1: 2}, stock.Movement{Tag: stock.MovementOut, Out0: "B-42", Out1: 1}}
	ledger := stock.Ledger_Open("north")
	for _, m := range moves {
		ledger.Apply(m)
	}
	refused := ledger.Refused_count()
	fmt.Printf("ledger %v: %v refused\n", ledger.Name, refused)
	for _, p := range products {
		fmt.Println(report.Line(p, ledger))
	}
	fmt.Println("value:", ledger.Value(products))
	subject := catalog.Find(products, "F-07")
	if subject.Tag == lisette.OptionSome {
		p := subject.SomeVal
		fmt.Println(p.Name, catalog.Shelf_life(p.Category), p.Discounted(10).Price())
	} else {
		fmt.Println("missing")
	}
	fmt.Println(catalog.Find(products, "Z-00").IsNone())
	fmt.Println(products[3].Category)
	fmt.Println(products[0])
}
