package api

import (
	"golden/projects/structure/facade_module_returns_types_of_inner_module/db"
	lisette "lisette.dev/prelude"
)

func Get(id int) db.Row {
	return db.Fetch(id)
}

func Names(ids []int) []string {
	return lisette.SliceMap(ids, func(id int) string {
		return db.Fetch(id).Name
	})
}
