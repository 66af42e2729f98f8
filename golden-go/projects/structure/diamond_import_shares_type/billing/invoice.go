package billing

import (
	"fmt"
	"golden/projects/structure/diamond_import_shares_type/catalog"
)

func Price_line(i catalog.Item, qty int) string {
	return fmt.Sprintf("%v x%v = %v", i.Sku, qty, i.Cents*qty)
}

func Best_seller() catalog.Item {
	return catalog.Item_("MUG", 850)
}
