package main

import (
	"fmt"
	"golden/projects/types/alias_and_plain_import_name_one_type/models"
)

func main() {
	u := models.User{Name: "ivy"}
	fmt.Println(label(u))
}
