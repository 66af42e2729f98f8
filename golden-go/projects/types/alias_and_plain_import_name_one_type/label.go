package main

import (
	"fmt"
	m "golden/projects/types/alias_and_plain_import_name_one_type/models"
)

func label(u m.User) string {
	return fmt.Sprintf("<%v>", u.Name)
}
