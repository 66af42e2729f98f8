package repo

import "golden/projects/structure/diamond_transitive_and_direct_import/core"

func First() core.Id {
	return core.Id{N: 100}
}
