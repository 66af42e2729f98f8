package main

import (
	"fmt"
	"golden/projects/visibility/private_items_used_within_module/bank"
)

func main() {
	fmt.Println(bank.Balance(), bank.Memos())
}
