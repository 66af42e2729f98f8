package main

import (
	"fmt"
	"golden/projects/fields/private_fields_shared_by_module_files/vault"
)

func main() {
	s := vault.Lock("attic", 4711)
	fmt.Println(s.Label, vault.Opens(s, 1234), vault.Opens(s, 4711))
}
