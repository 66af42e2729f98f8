package main

import (
	"fmt"
	m "golden/projects/types/import_alias_names_module_types/models"
)

func rename(u m.User, name string) m.User {
	return m.User{Name: name}
}

func main() {
	u := m.Guest()
	fmt.Println(rename(u, "zoe"))
}
