package main

import (
	"fmt"
	"golden/projects/layout/module_files_share_namespace/pricing"
)

func main() {
	fmt.Println(pricing.With_tax(200))
}
