from typing import Optional


class TreeNode:
    def __init__(self, key: int, value: str):
        self.key = key
        self.value = value
        self.left: Optional["TreeNode"] = None
        self.right: Optional[TreeNode] = None


class BST:
    def __init__(self):
        self.root: Optional[TreeNode] = None
        self.size = 0

    def insert(self, key: int, value: str) -> "BST":
        if self.root is None:
            self.root = TreeNode(key, value)
        else:
            self._insert(self.root, key, value)
        self.size += 1
        return self

    def _insert(self, node: TreeNode, key: int, value: str) -> None:
        if key < node.key:
            if node.left is None:
                node.left = TreeNode(key, value)
            else:
                self._insert(node.left, key, value)
        else:
            if node.right is None:
                node.right = TreeNode(key, value)
            else:
                self._insert(node.right, key, value)

    def inorder(self, node: Optional[TreeNode], out: list[str]) -> list[str]:
        if node is not None:
            self.inorder(node.left, out)
            out.append(f"{node.key}:{node.value}")
            self.inorder(node.right, out)
        return out

    def height(self, node: Optional[TreeNode]) -> int:
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def find(self, key: int) -> Optional[TreeNode]:
        cur = self.root
        while cur is not None and cur.key != key:
            cur = cur.left if key < cur.key else cur.right
        return cur


t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35]:
    t.insert(k, "v" + str(k))
t.insert(65, "x").insert(10, "y")
print(t.size, t.height(t.root))
print(t.inorder(t.root, []))
n = t.find(35)
print(n.value if n else "missing", t.find(99) is None)


class Base:
    label: str

    def __init__(self, x: int):
        self.x = x
        self.label = "base"

    def show(self) -> str:
        return f"{self.label}/{self.x}"


class NoSuper(Base):
    def __init__(self):
        self.y = 1


class Inherits(Base):
    extra: int


items: list[Base] = [Base(1), Inherits(2), NoSuper()]
for it in items:
    try:
        print(it.show())
    except AttributeError as e:
        print("AttributeError:", e)
inh = Inherits(3)
try:
    print(inh.extra)
except AttributeError as e:
    print("AttributeError:", e)
inh.extra = 9
print(inh.extra, inh.show())


class AppError(Exception):
    def __init__(self, msg: str, code: int):
        super().__init__(msg)
        self.code = code


class DbError(AppError):
    def __init__(self, msg: str, table: str):
        super().__init__(f"{table}: {msg}", 500)
        self.table = table


class NotFoundError(DbError):
    def __init__(self, table: str, key: int):
        super().__init__(f"no row {key}", table)
        self.key = key


errors: list[AppError] = [AppError("plain", 400), DbError("locked", "users"), NotFoundError("orders", 7)]
for err in errors:
    try:
        raise err
    except NotFoundError as e:
        print("not found:", e, e.code, e.table, e.key)
    except DbError as e:
        print("db:", e, e.code, e.table)
    except AppError as e:
        print("app:", e, e.code)
registry: dict[str, list[TreeNode]] = {}
for k in [3, 1, 2]:
    registry.setdefault("odd" if k % 2 else "even", []).append(TreeNode(k, str(k)))
for name in registry:
    print(name, [n.key for n in registry[name]])
