package main

import (
	"fmt"
	"golden/projects/structure/entry_helper_file_uses_module_type/models"
	lisette "lisette.dev/prelude"
)

func main() {
	team := []models.User{models.User{Name: "ann", Admin: true}, models.User{Name: "bo", Admin: false}}
	fmt.Println(lisette.SliceMap(team, badge))
}
