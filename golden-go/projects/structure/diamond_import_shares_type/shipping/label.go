package shipping

import (
	"fmt"
	"golden/projects/structure/diamond_import_shares_type/catalog"
)

func Label(i catalog.Item) string {
	return fmt.Sprintf("ship %v", i.Sku)
}
