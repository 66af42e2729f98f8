package main

import (
	"fmt"
	"golden/attributes/modules/attr_serialized_struct_across_modules/store"
)

func main() {
	item := store.Item_New("pen", 120)
	item.Restock(4)
	name := item.Name
	unitPrice := item.UnitPrice
	fmt.Println(name, unitPrice, item.In_stock())
	fmt.Println(item)
}
