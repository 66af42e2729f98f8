package main

import (
	"fmt"
	"golden/projects/structure/diamond_import_shares_type/billing"
	"golden/projects/structure/diamond_import_shares_type/shipping"
)

func main() {
	mug := billing.Best_seller()
	fmt.Println(billing.Price_line(mug, 3))
	fmt.Println(shipping.Label(mug))
}
