package main

import (
	"fmt"
	"golden/projects/structure/entry_helper_file_uses_module_type/models"
)

func badge(u models.User) string {
	if u.Admin {
		return fmt.Sprintf("[%v*]", u.Name)
	} else {
		return fmt.Sprintf("[%v]", u.Name)
	}
}
