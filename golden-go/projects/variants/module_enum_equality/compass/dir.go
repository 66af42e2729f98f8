package compass

type DirTag int

const (
	DirNorth DirTag = iota
	DirEast
	DirSouth
	DirWest
)

type Dir struct {
	Tag DirTag
}

func (v Dir) String() string {
	switch v.Tag {
	case DirNorth:
		return "Dir.North"
	case DirEast:
		return "Dir.East"
	case DirSouth:
		return "Dir.South"
	}
	return "Dir.West"
}

func Opposite(d Dir) Dir {
	switch d.Tag {
	case DirNorth:
		return Dir{Tag: DirSouth}
	case DirSouth:
		return Dir{Tag: DirNorth}
	case DirEast:
		return Dir{Tag: DirWest}
	case DirWest:
		return Dir{Tag: DirEast}
	}
	panic("unreachable")
}
